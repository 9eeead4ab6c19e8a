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

    private sealed record FamilyRow(
        Guid? OwnStudent, Guid? StudentId, string? LastName, string? FirstName, string? MiddleName, Guid? SchoolId,
        int? Grade, string? Letter);

    private static readonly CompiledPerModel<Func<PartaDbContext, Guid, IAsyncEnumerable<FamilyRow>>> FamilyQuery = new(CompileFamily);

    /// <summary>
    /// One round trip: the user's own student card and their children, one row per child (family links cross schools: a
    /// parent may have children in two schools). Flat LEFT JOINs from the user, not a joined subquery, which SQLite would
    /// materialise whole.
    /// </summary>
    private static Func<PartaDbContext, Guid, IAsyncEnumerable<FamilyRow>> CompileFamily() =>
        EF.CompileAsyncQuery((PartaDbContext db, Guid userId) =>
            from u in db.Users.IgnoreQueryFilters().AsNoTracking()
            where u.Id == userId
            from guardian in db.Guardians.Where(g => g.UserId == u.Id).DefaultIfEmpty()
            from link in db.Guardianships.Where(l => l.GuardianId == guardian!.Id && !l.Restricted).DefaultIfEmpty()
            select new FamilyRow(
                db.Students.Where(s => s.UserId == u.Id).Select(s => (Guid?)s.Id).FirstOrDefault(),
                link == null ? null : link.StudentId,
                link!.Student!.LastName, link.Student.FirstName, link.Student.MiddleName,
                link == null ? null : link.SchoolId,
                (int?)link.Student.SchoolClass!.Grade, link.Student.SchoolClass.Letter));

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

        var rows = await FamilyQuery.For(db)(db, user.Id).ToListAsync(ct);

        var children = rows.Where(r => r.StudentId is not null).ToList();
        var ownStudent = rows.FirstOrDefault()?.OwnStudent;

        var view = new MeView(
            user.Id,
            user.Login,
            user.FullName,
            roles,
            user.Schools.Select(s => new SchoolRef(s.SchoolId, s.Name)).ToList(),
            children
                .Select(c => new ChildRef(c.StudentId!.Value, PersonName.Full(c.LastName!, c.FirstName!, c.MiddleName), c.SchoolId!.Value,
                    c.Grade is { } grade ? SchoolClass.NameOf(grade, c.Letter!) : null))
                .OrderBy(c => c.FullName, RussianCulture.Collation)
                .ToList(),
            ownStudent);
        return TypedResults.Ok(view);
    }
}
