using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Assignments;

public sealed record Choice(Guid Id, string Title);

/// <summary>The teaching assignments (учебная нагрузка) of a year, filtered by teacher or class.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver permissions, RemoveTeachingAssignment remove, CurrentUser user)
    : OrganisationPage(db, permissions)
{
    public sealed record Row(Guid Id, string Teacher, string Subject, string Target, decimal Hours, uint Version);

    [BindProperty(SupportsGet = true)]
    public Guid? TeacherId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    public IReadOnlyList<Choice> Teachers { get; private set; } = [];

    public IReadOnlyList<Choice> Classes { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(Guid? yearId, CancellationToken ct)
    {
        await LoadYearAsync(yearId, ct);
        if (Year is null)
        {
            return;
        }

        // A teacher's list opens on their own load («мои»); «Все учителя» in the filter shows everyone's.
        if (!Request.Query.ContainsKey("teacherId") && !Request.Query.ContainsKey("classId")
            && await TeacherClasses.ForUserAsync(Db, user.UserId, Year.Id, ct) is { IsTeacher: true } mine)
        {
            TeacherId = mine.StaffIds[0];
        }

        Teachers = await StaffChoicesAsync(Db, ct);
        Classes = await ClassChoicesAsync(Db, Year.Id, ct);
        var query = Db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == Year.Id);
        if (TeacherId is { } teacherId)
        {
            query = query.Where(a => a.StaffMemberId == teacherId);
        }

        if (ClassId is { } classId)
        {
            query = query.Where(a => a.SchoolClassId == classId || a.StudyGroup!.SchoolClassId == classId);
        }

        var rows = await query.Select(a => new
        {
            a.Id, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName, Subject = a.Subject!.Name,
            Grade = (int?)a.SchoolClass!.Grade, a.SchoolClass.Letter, Group = a.StudyGroup!.Name, a.HoursPerWeek, a.Version,
        }).ToListAsync(ct);
        Rows = rows
            .Select(a => new Row(a.Id, PersonName.Full(a.LastName, a.FirstName, a.MiddleName), a.Subject,
                a.Grade is { } g ? SchoolClass.NameOf(g, a.Letter) : a.Group ?? "", a.HoursPerWeek, a.Version))
            .OrderBy(r => r.Teacher, RussianCulture.Collation).ThenBy(r => r.Subject, RussianCulture.Collation)
            .ThenBy(r => r.Target, ClassOrder.Instance)
            .ToList();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, uint? version, Guid? yearId, CancellationToken ct)
    {
        var result = await remove.HandleAsync(new RemoveTeachingAssignment.Request(assignmentId, version), ct);
        if (result.Succeeded)
        {
            this.Tell("Нагрузка удалена.");

            // Back to the list as it was filtered.
            return Redirect($"/Organisation/Assignments?yearId={result.Value.AcademicYearId}"
                + (TeacherId is { } t ? $"&teacherId={t}" : "") + (ClassId is { } c ? $"&classId={c}" : ""));
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        await OnGetAsync(yearId, ct);
        return Page();
    }

    internal static async Task<IReadOnlyList<Choice>> StaffChoicesAsync(PartaDbContext db, CancellationToken ct)
    {
        var staff = await db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        return staff.Select(s => new Choice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName)))
            .OrderBy(s => s.Title, RussianCulture.Collation).ToList();
    }

    internal static async Task<IReadOnlyList<Choice>> ClassChoicesAsync(PartaDbContext db, Guid yearId, CancellationToken ct) =>
        (await Parta.Organisation.ClassChoices.LoadAsync(db, yearId, ct)).Select(c => new Choice(c.Id, c.Name)).ToList();
}
