using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages;

/// <summary>The home page: what this user works with, by role.</summary>
public sealed class IndexModel(PartaDbContext db, SignedInUser me, PermissionResolver resolver, GetSchoolReadiness readiness, TimeProvider time) : PageModel
{
    public sealed record ClassSummary(Guid Id, string Name, IReadOnlyList<string> Students);

    public sealed record ChildSummary(string FullName, string? ClassName, string SchoolName);

    public sealed record SchoolSummary(int Classes, int Students, int Accounts);

    public SignedInUser Me => me;

    public EffectivePermissions Permissions { get; private set; } = EffectivePermissions.None;

    public IReadOnlyList<ClassSummary> OwnClasses { get; private set; } = [];

    public IReadOnlyList<ChildSummary> Children { get; private set; } = [];

    public SchoolSummary? School { get; private set; }

    public int SchoolCount { get; private set; }

    /// <summary>For those who set the school up: what is still missing before the first lesson.</summary>
    public SchoolReadiness? Readiness { get; private set; }

    public async Task OnGetAsync()
    {
        Permissions = await resolver.GetAsync();
        if (me.IsSystemAdministrator)
        {
            SchoolCount = await db.Schools.CountAsync();
        }

        if (me.CurrentSchool is null)
        {
            return;
        }

        var today = await SchoolClock.TodayAsync(db, time);
        if (Permissions.Has(Parta.Access.Permissions.ReportsSchool))
        {
            // Classes of the current year and the pupils in school today (the movement book's count, not every card ever made).
            var yearId = (await SchoolClock.CurrentYearAsync(db, today))?.Id;
            School = new SchoolSummary(
                await db.SchoolClasses.CountAsync(c => c.AcademicYearId == yearId),
                await ClassLists.InSchoolOn(db, today).Distinct().CountAsync(),
                await db.SchoolMemberships.Select(m => m.UserId).Distinct().CountAsync());
        }

        if (Permissions.Has(Parta.Access.Permissions.SchoolEdit))
        {
            Readiness = (await readiness.HandleAsync(new GetSchoolReadiness.Request(today))).Value;
        }

        if (Permissions.HasRole(SchoolRole.Teacher))
        {
            var classes = await db.SchoolClasses.AsNoTracking()
                .Where(c => c.ClassTeacher!.UserId == me.Id)
                .Select(c => new { c.Id, c.Grade, c.Letter })
                .ToListAsync();
            var classIds = classes.Select(c => c.Id).ToList();
            var students = await db.Students.AsNoTracking()
                .Where(s => s.SchoolClassId != null && classIds.Contains(s.SchoolClassId.Value))
                .Select(s => new { s.SchoolClassId, s.LastName, s.FirstName, s.MiddleName })
                .ToListAsync();
            OwnClasses = classes
                .OrderBy(c => SchoolClass.NameOf(c.Grade, c.Letter), ClassOrder.Instance)
                .Select(c => new ClassSummary(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), students
                    .Where(s => s.SchoolClassId == c.Id)
                    .Select(s => PersonName.Full(s.LastName, s.FirstName, s.MiddleName))
                    .Order(RussianCulture.Collation)
                    .ToList()))
                .ToList();
        }

        if (Permissions.HasRole(SchoolRole.Parent) || Permissions.HasRole(SchoolRole.Student))
        {
            var rows = await db.Students.AsNoTracking()
                .OfFamily(db.Guardianships, me.Id)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
                .ToListAsync();
            Children = rows
                .Select(r => new ChildSummary(PersonName.Full(r.LastName, r.FirstName, r.MiddleName),
                    r.Grade is { } g ? SchoolClass.NameOf(g, r.Letter!) : null, me.CurrentSchool.ShortName))
                .OrderBy(c => c.FullName, RussianCulture.Collation)
                .ToList();
        }
    }
}
