using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Home;
using Parta.Movement;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages;

/// <summary>The home page: what this user works with, by role.</summary>
public sealed class IndexModel(
    PartaDbContext db, SignedInUser me, PermissionResolver resolver, GetSchoolReadiness readiness, GetSchoolAttention attention,
    GetTeacherWork teacherWork, TimeProvider time) : PageModel
{
    public sealed record ChildSummary(Guid StudentId, string FullName, string? ClassName, string SchoolName);

    public SignedInUser Me => me;

    public EffectivePermissions Permissions { get; private set; } = EffectivePermissions.None;

    public IReadOnlyList<ChildSummary> Children { get; private set; } = [];

    /// <summary>For the administration: what needs attention now, the recent movement and the school's counts.</summary>
    public SchoolAttention? Attention { get; private set; }

    /// <summary>For a teacher: «Моя работа».</summary>
    public TeacherWork? Work { get; private set; }

    public int SchoolCount { get; private set; }

    /// <summary>For those who set the school up: what is still missing before the first lesson.</summary>
    public SchoolReadiness? Readiness { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Permissions = await resolver.GetAsync(ct);
        if (me.IsSystemAdministrator)
        {
            SchoolCount = await db.Schools.CountAsync(ct);
        }

        if (me.CurrentSchool is null)
        {
            return;
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        if (Permissions.Has(Parta.Access.Permissions.ReportsSchool))
        {
            Attention = (await attention.HandleAsync(new GetSchoolAttention.Request(), ct)).Value;
        }

        if (Permissions.Has(Parta.Access.Permissions.SchoolEdit))
        {
            // The attention list is built from the same checklist: read it once.
            Readiness = Attention?.Readiness ?? (await readiness.HandleAsync(new GetSchoolReadiness.Request(today), ct)).Value;
        }

        if (Permissions.HasRole(SchoolRole.Teacher))
        {
            Work = (await teacherWork.HandleAsync(new GetTeacherWork.Request(), ct)).Value;
        }

        if (Permissions.HasRole(SchoolRole.Parent) || Permissions.HasRole(SchoolRole.Student))
        {
            var rows = await db.Students.AsNoTracking()
                .OfFamily(db.Guardianships, me.Id)
                .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
                .ToListAsync(ct);
            Children = rows
                .Select(r => new ChildSummary(r.Id, PersonName.Full(r.LastName, r.FirstName, r.MiddleName),
                    r.Grade is { } g ? SchoolClass.NameOf(g, r.Letter!) : null, me.CurrentSchool.ShortName))
                .OrderBy(c => c.FullName, RussianCulture.Collation)
                .ToList();
        }
    }
}
