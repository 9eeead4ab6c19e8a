using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Api;

public static class MeApi
{
    public sealed record SchoolRef(Guid Id, string Name);

    public sealed record ChildRef(Guid StudentId, string FullName, Guid SchoolId, string? ClassName);

    public sealed record MeView(
        Guid Id, string Login, string FullName, IReadOnlyList<string> Roles, IReadOnlyList<SchoolRef> Schools,
        IReadOnlyList<ChildRef> Children, Guid? StudentId);

    public static void MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMe)
            .RequireSignedIn()
            .WithTags("Текущий пользователь")
            .WithSummary("Кто я: роли, школы, дети (для родителей)")
            .Produces<MeView>();
    }

    private static async Task<IResult> GetMe(SignedInUser user, PartaDbContext db, CancellationToken ct)
    {
        var roles = user.Schools.SelectMany(s => s.Roles).Distinct().Order()
            .Select(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()))
            .ToList();
        if (user.IsSystemAdministrator)
        {
            roles.Insert(0, "systemAdministrator");
        }

        // Family links cross schools: a parent may have children in two schools.
        var children = await db.Guardianships.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.Guardian!.UserId == user.Id)
            .Select(g => new
            {
                g.StudentId,
                g.Student!.LastName,
                g.Student.FirstName,
                g.Student.MiddleName,
                g.SchoolId,
                Grade = (int?)g.Student.SchoolClass!.Grade,
                Letter = g.Student.SchoolClass.Letter,
            })
            .ToListAsync(ct);
        var ownStudent = await db.Students.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.UserId == user.Id)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(ct);

        var view = new MeView(
            user.Id,
            user.Login,
            user.FullName,
            roles,
            user.Schools.Select(s => new SchoolRef(s.SchoolId, s.Name)).ToList(),
            children
                .Select(c => new ChildRef(c.StudentId, PersonName.Full(c.LastName, c.FirstName, c.MiddleName), c.SchoolId,
                    c.Grade is { } grade ? SchoolClass.NameOf(grade, c.Letter!) : null))
                .OrderBy(c => c.FullName, RussianCulture.Collation)
                .ToList(),
            ownStudent);
        return TypedResults.Ok(view);
    }
}
