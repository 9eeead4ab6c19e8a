using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Classes;

/// <summary>The classes of a year with their class teachers and sizes, and the year's groups.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver permissions, TimeProvider time) : OrganisationPage(db, permissions)
{
    public sealed record ClassRow(Guid Id, string Name, string? ClassTeacher, int Students);

    public sealed record GroupRow(Guid Id, string Name, string? ClassName, string? Subject, int Members);

    public IReadOnlyList<ClassRow> Classes { get; private set; } = [];

    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];

    public async Task OnGetAsync(Guid? yearId, CancellationToken ct)
    {
        await LoadYearAsync(yearId, ct);
        if (Year is null)
        {
            return;
        }

        // The same count as every other page: who is in the class on the date (the movement book's rule).
        var inForce = ClassLists.InForceOn(Db, ClassLists.CountDate(await SchoolClock.TodayAsync(Db, time, ct), Year.Start, Year.End));
        var classes = await Db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == Year.Id)
            .Select(c => new
            {
                c.Id, c.Grade, c.Letter,
                TeacherLast = c.ClassTeacher!.LastName, TeacherFirst = c.ClassTeacher.FirstName, TeacherMiddle = c.ClassTeacher.MiddleName,
                Students = inForce.Count(e => e.SchoolClassId == c.Id),
            })
            .ToListAsync(ct);
        Classes = classes
            .OrderBy(c => SchoolClass.NameOf(c.Grade, c.Letter), ClassOrder.Instance)
            .Select(c => new ClassRow(c.Id, SchoolClass.NameOf(c.Grade, c.Letter),
                c.TeacherLast is null ? null : PersonName.Full(c.TeacherLast, c.TeacherFirst, c.TeacherMiddle), c.Students))
            .ToList();

        var groups = await Db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == Year.Id)
            .Select(g => new
            {
                g.Id, g.Name, Grade = (int?)g.SchoolClass!.Grade, Letter = g.SchoolClass.Letter,
                Subject = Db.Subjects.Where(s => s.Id == g.SubjectId).Select(s => s.Name).FirstOrDefault(),
                Members = Db.StudyGroupMembers.Count(m => m.StudyGroupId == g.Id && m.Until == null),
            })
            .ToListAsync(ct);
        Groups = groups
            .Select(g => new GroupRow(g.Id, g.Name, g.Grade is { } grade ? SchoolClass.NameOf(grade, g.Letter) : null, g.Subject, g.Members))
            .OrderBy(g => g.Name, ClassOrder.Instance)
            .ToList();
    }
}
