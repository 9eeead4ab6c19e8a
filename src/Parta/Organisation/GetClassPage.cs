using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.People;

namespace Parta.Organisation;

public sealed record ClassPageGuardian(string FullName, string Relation, string? Phone);

/// <param name="BirthDate">Shown to those who may see the students' personal data; else <c>null</c>.</param>
/// <param name="Guardians">The same: empty for those who may not see them.</param>
public sealed record ClassPageStudent(Guid Id, string FullName, DateOnly? BirthDate, IReadOnlyList<ClassPageGuardian> Guardians);

public sealed record ClassPageSubject(string Subject, string Teacher, string? Group, decimal HoursPerWeek);

public sealed record ClassPageGroup(Guid Id, string Name, int Members);

public sealed record ClassPageMovement(DateOnly Date, MovementKind Kind, Guid StudentId, string Student, string? Other, string Order, bool Arrived);

/// <param name="ShowsPersonalData">Whether birth dates and parents are shown (<see cref="ResourceRules.CardVisibleTo"/>).</param>
public sealed record ClassPage(
    Guid Id, string Name, string YearName, DateOnly YearStart, DateOnly YearEnd, DateOnly On, Guid? ClassTeacherId, string? ClassTeacher,
    bool ShowsPersonalData, IReadOnlyList<ClassPageStudent> Students, IReadOnlyList<ClassPageSubject> Subjects,
    IReadOnlyList<ClassPageGroup> Groups, IReadOnlyList<ClassPageMovement> Movement);

/// <summary>
/// Everything about one class on one page: the class list on a date (from the movement book), with birth dates and
/// parents' names and phones for those who may see the students' personal data (the rule of the student card: the
/// permission, or the class's own class teacher — each such opening is written to the access log), the class teacher,
/// the subjects with their teachers and weekly hours (the class's own and its groups'), the groups, and the class's
/// movement during the year.
/// </summary>
public sealed class GetClassPage(PartaDbContext db, CurrentUser user, PermissionResolver resolver, RecordPersonalDataView log, TimeProvider time)
{
    /// <param name="On">The date of the class list; by default today (within the class's year).</param>
    public sealed record Request(Guid ClassId, DateOnly? On = null, string Page = "/Organisation/Classes/Details");

    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    public async Task<Result<ClassPage>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await db.SchoolClasses.AsNoTracking()
            .Where(c => c.Id == request.ClassId)
            .Join(db.AcademicYears, c => c.AcademicYearId, y => y.Id, (c, y) => new
            {
                c.Id, c.Grade, c.Letter, c.ClassTeacherId, YearName = y.Name, y.Start, y.End,
                TeacherLast = c.ClassTeacher!.LastName, TeacherFirst = c.ClassTeacher.FirstName, TeacherMiddle = c.ClassTeacher.MiddleName,
                TeacherUserId = c.ClassTeacher.UserId,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return new ClassNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var checks = new Checks();
        var asked = checks.Date(request.On, nameof(Request.On), "Список на дату", new DateWindow(found.Start, found.End));
        if (checks.Failed)
        {
            return checks.Refusal<ClassPage>();
        }

        var on = asked ?? ClassLists.CountDate(today, found.Start, found.End);
        var permissions = await resolver.GetAsync(ct);
        var personal = permissions.Has(Permissions.StudentCardView) || (found.TeacherUserId is { } teacherUser && teacherUser == user.UserId);

        var list = await ClassLists.OnDateAsync(db, found.Id, on, ct);
        var ids = list.Select(s => s.StudentId).ToList();
        var details = personal
            ? await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.BirthDate }).ToDictionaryAsync(s => s.Id, s => s.BirthDate, ct)
            : [];
        var guardians = personal
            ? (await db.Guardianships.AsNoTracking()
                .Where(g => ids.Contains(g.StudentId))
                .Select(g => new { g.StudentId, g.Guardian!.LastName, g.Guardian.FirstName, g.Guardian.MiddleName, g.Relation, g.Guardian.Phone })
                .ToListAsync(ct))
                .ToLookup(g => g.StudentId, g => new ClassPageGuardian(PersonName.Full(g.LastName, g.FirstName, g.MiddleName), g.Relation, g.Phone))
            : Enumerable.Empty<ClassPageGuardian>().ToLookup(_ => Guid.Empty);
        var students = list
            .Select(s => new ClassPageStudent(s.StudentId, s.FullName, details.GetValueOrDefault(s.StudentId),
                guardians[s.StudentId].OrderBy(g => g.FullName, RussianCulture.Collation).ToList()))
            .ToList();
        if (personal && ids.Count > 0)
        {
            await log.HandleAsync(new RecordPersonalDataView.Request(nameof(Student), ids, request.Page), ct);
        }

        var groups = await db.StudyGroups.AsNoTracking()
            .Where(g => g.SchoolClassId == found.Id)
            .Select(g => new { g.Id, g.Name, Members = db.StudyGroupMembers.Count(m => m.StudyGroupId == g.Id && m.Until == null) })
            .ToListAsync(ct);
        var groupIds = groups.Select(g => g.Id).ToList();
        var subjects = (await db.TeachingAssignments.AsNoTracking()
                .Where(a => a.SchoolClassId == found.Id || (a.StudyGroupId != null && groupIds.Contains(a.StudyGroupId.Value)))
                .Select(a => new
                {
                    Subject = a.Subject!.Name, a.Subject.SortOrder, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
                    Group = a.StudyGroup!.Name, a.HoursPerWeek,
                })
                .ToListAsync(ct))
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Subject, RussianCulture.Collation).ThenBy(a => a.Group ?? "", ClassOrder.Instance)
            .Select(a => new ClassPageSubject(a.Subject, PersonName.Full(a.LastName, a.FirstName, a.MiddleName), a.Group, a.HoursPerWeek))
            .ToList();

        var movement = (await db.MovementEvents.AsNoTracking()
                .Where(e => !e.Cancelled && e.Kind != MovementKind.OpeningEnrolment && (e.ToClassId == found.Id || e.FromClassId == found.Id)
                    && e.Date >= found.Start && e.Date <= found.End)
                .Select(e => new
                {
                    e.Date, e.Kind, e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.OtherSchool,
                    e.ToClassId, e.FromClassId, OrderNumber = e.Order!.Number, OrderDate = e.Order.Date,
                    ToGrade = (int?)e.ToClass!.Grade, ToLetter = e.ToClass.Letter,
                })
                .ToListAsync(ct))
            .OrderBy(e => e.Date).ThenBy(e => PersonName.Full(e.LastName, e.FirstName, e.MiddleName), RussianCulture.Collation)
            .Select(e =>
            {
                var arrived = e.ToClassId == found.Id;
                var other = arrived ? e.OtherSchool : e.ToGrade is { } g ? SchoolClass.NameOf(g, e.ToLetter) : e.OtherSchool;
                return new ClassPageMovement(e.Date, e.Kind, e.StudentId, PersonName.Full(e.LastName, e.FirstName, e.MiddleName), other,
                    $"№\u00A0{e.OrderNumber} от {RussianDate.Show(e.OrderDate)}", arrived);
            })
            .ToList();

        return new ClassPage(
            found.Id, SchoolClass.NameOf(found.Grade, found.Letter), found.YearName, found.Start, found.End, on, found.ClassTeacherId,
            found.TeacherLast is null ? null : PersonName.Full(found.TeacherLast, found.TeacherFirst!, found.TeacherMiddle),
            personal, students, subjects,
            groups.OrderBy(g => g.Name, ClassOrder.Instance).Select(g => new ClassPageGroup(g.Id, g.Name, g.Members)).ToList(),
            movement);
    }
}
