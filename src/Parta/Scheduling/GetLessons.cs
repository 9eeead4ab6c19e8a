using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>Whose dated lessons are read: a class's, a teacher's, a room's or a student's.</summary>
public enum LessonsOf
{
    Class = 1,
    Teacher = 2,
    Room = 3,
    Student = 4,
}

/// <summary>
/// A dated lesson as every timetable view shows it (the week grid, the API, the calendar feed): when, what, who gives it,
/// where, for whom, and how it differs from the weekly timetable.
/// </summary>
/// <param name="Teacher">Who gives it, «Иванова И. И.» (the substitute on a substitution).</param>
/// <param name="AbsentTeacher">On a substitution: the assignment's own teacher, whom the substitute replaces.</param>
public sealed record LessonRow(
    Guid LessonId, DateOnly Date, int Number, TimeOnly? Start, TimeOnly? End,
    Guid SubjectId, string Subject, string SubjectShort,
    Guid TeacherId, string Teacher, string TeacherFull,
    Guid? RoomId, string? Room,
    Guid? ClassId, string? ClassName, Guid? GroupId, string? GroupName,
    LessonChangeKind? Change, Guid? AbsentTeacherId, string? AbsentTeacher, bool NotInTimetable)
{
    /// <summary>«5А», «5А, Английский 1», «Робототехника»: for whom the lesson is.</summary>
    public string Whose => GroupName is null ? ClassName ?? "" : ClassName is null ? GroupName : $"{ClassName}, {GroupName}";
}

/// <summary>
/// The dated lessons (<see cref="Lesson"/>, made by <see cref="RefreshLessons"/>) of a class, a teacher, a room or a student
/// for up to <see cref="MaxDays"/> days, oldest first, as the user may see them (<see cref="TimetableAccess"/>):
/// <list type="bullet">
/// <item>a class: its own lessons, its groups' lessons, and lessons of groups of several classes that have students of
/// the class on the lesson's date;</item>
/// <item>a teacher: the lessons they give (substitutions included, the ones they are replaced in left out);</item>
/// <item>a room: the lessons held in it;</item>
/// <item>a student: the whole-class lessons of the class they are in on each date (the movement book's class list), and
/// the lessons of the groups they are a member of on that date.</item>
/// </list>
/// </summary>
public sealed class GetLessons(PartaDbContext db, CurrentUser user, PermissionResolver resolver)
{
    public const int MaxDays = 31;

    public sealed record Request(LessonsOf Of, Guid Id, DateOnly From, DateOnly To);

    public sealed record RangeReversed() : Invalid("Дата окончания раньше даты начала.", "to");

    public sealed record RangeTooLong() : Invalid($"Расписание выдаётся за период не больше {MaxDays} дня.", "to");

    public sealed record NotVisible() : NotFound("Расписание не найдено.");

    public async Task<Result<IReadOnlyList<LessonRow>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (CheckRange(request.From, request.To) is { } refusal)
        {
            return refusal;
        }

        var viewer = await TimetableAccess.ViewerAsync(db, user, resolver, ct);
        if (!await viewer.MaySeeAsync(db, request.Of, request.Id, ct))
        {
            return new NotVisible();
        }

        return Result.Ok(await LessonRows.ReadAsync(db, request.Of, request.Id, request.From, request.To, ct));
    }

    /// <summary>The one rule of a range of dates any timetable read takes: from ≤ to, at most <see cref="MaxDays"/> days.</summary>
    public static Error? CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return new RangeReversed();
        }

        return to.DayNumber - from.DayNumber + 1 > MaxDays ? new RangeTooLong() : null;
    }
}

/// <summary>
/// The one projection of dated lessons: a single query per call (joins, no query per lesson), untracked. It reads the
/// current school only (the tenancy filter); who may ask is decided by its callers.
/// </summary>
public static class LessonRows
{
    public static async Task<IReadOnlyList<LessonRow>> ReadAsync(
        PartaDbContext db, LessonsOf of, Guid id, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var lessons = Whose(db, of, id).Where(l => l.Date >= from && l.Date <= to);
        var rows = await (
                from l in lessons.AsNoTracking()
                join s in db.Subjects.AsNoTracking() on l.SubjectId equals s.Id
                join t in db.StaffMembers.AsNoTracking() on l.TeacherId equals t.Id
                join a in db.TeachingAssignments.AsNoTracking() on l.TeachingAssignmentId equals a.Id
                join own in db.StaffMembers.AsNoTracking() on a.StaffMemberId equals own.Id
                join room in db.Rooms.AsNoTracking() on l.RoomId equals (Guid?)room.Id into rooms
                from r in rooms.DefaultIfEmpty()
                join studyGroup in db.StudyGroups.AsNoTracking() on l.StudyGroupId equals (Guid?)studyGroup.Id into groups
                from g in groups.DefaultIfEmpty()
                join schoolClass in db.SchoolClasses.AsNoTracking() on l.SchoolClassId ?? g!.SchoolClassId equals (Guid?)schoolClass.Id into classes
                from c in classes.DefaultIfEmpty()
                select new
                {
                    l.Id, l.Date, l.Number, l.Start, l.End, l.SubjectId, Subject = s.Name, s.ShortName,
                    l.TeacherId, TLast = t.LastName, TFirst = t.FirstName, TMiddle = t.MiddleName,
                    l.RoomId, Room = r == null ? null : r.Name,
                    ClassId = c == null ? (Guid?)null : c.Id, Grade = c == null ? (int?)null : c.Grade, Letter = c == null ? null : c.Letter,
                    l.StudyGroupId, Group = g == null ? null : g.Name,
                    l.Change, OwnId = own.Id, OLast = own.LastName, OFirst = own.FirstName, OMiddle = own.MiddleName,
                    l.NotInTimetable,
                })
            .ToListAsync(ct);

        return rows
            .Select(x => new LessonRow(
                x.Id, x.Date, x.Number, x.Start, x.End, x.SubjectId, x.Subject, string.IsNullOrEmpty(x.ShortName) ? x.Subject : x.ShortName,
                x.TeacherId, PersonName.WithInitials(x.TLast, x.TFirst, x.TMiddle), PersonName.Full(x.TLast, x.TFirst, x.TMiddle),
                x.RoomId, x.Room,
                x.ClassId, x.Grade is { } grade ? SchoolClass.NameOf(grade, x.Letter!) : null, x.StudyGroupId, x.Group,
                x.Change,
                x.Change == LessonChangeKind.Substitution && x.OwnId != x.TeacherId ? x.OwnId : null,
                x.Change == LessonChangeKind.Substitution && x.OwnId != x.TeacherId ? PersonName.WithInitials(x.OLast, x.OFirst, x.OMiddle) : null,
                x.NotInTimetable))
            .OrderBy(x => x.Date).ThenBy(x => x.Number).ThenBy(x => x.Start).ThenBy(x => x.Subject, RussianCulture.Collation)
            .ThenBy(x => x.GroupName, RussianCulture.Collation).ThenBy(x => x.LessonId)
            .ToList();
    }

    /// <summary>The lessons of one class, teacher, room or student (on each lesson's own date), composable.</summary>
    public static IQueryable<Lesson> Whose(PartaDbContext db, LessonsOf of, Guid id) => of switch
    {
        LessonsOf.Teacher => db.Lessons.Where(l => l.TeacherId == id),
        LessonsOf.Room => db.Lessons.Where(l => l.RoomId == id),

        // A group of several classes (no class of its own) belongs to a class's timetable on the dates it has one of
        // the class's students: a member of the group (not left by then) in the class on that date (the movement book's
        // rule of ClassLists.InForceOn, taken on each lesson's date).
        LessonsOf.Class => db.Lessons.Where(l =>
            l.SchoolClassId == id
            || (l.StudyGroupId != null && db.StudyGroups.Any(g => g.Id == l.StudyGroupId && g.SchoolClassId == id))
            || (l.StudyGroupId != null
                && db.StudyGroups.Any(g => g.Id == l.StudyGroupId && g.SchoolClassId == null)
                && db.StudyGroupMembers.Any(m => m.StudyGroupId == l.StudyGroupId && (m.Until == null || m.Until > l.Date)
                    && db.ClassEnrolments.Any(e => e.StudentId == m.StudentId && e.SchoolClassId == id
                        && e.From <= l.Date && (e.Until == null || e.Until > l.Date))))),

        // The class lesson counts on the dates the student is in that class by the movement book; a group lesson on the
        // dates they are its member and in the school (a member who left the class left the group on the same date).
        LessonsOf.Student => db.Lessons.Where(l =>
            (l.SchoolClassId != null && db.ClassEnrolments.Any(e => e.StudentId == id && e.SchoolClassId == l.SchoolClassId
                && e.From <= l.Date && (e.Until == null || e.Until > l.Date)))
            || (l.StudyGroupId != null && db.StudyGroupMembers.Any(m => m.StudentId == id && m.StudyGroupId == l.StudyGroupId
                && (m.Until == null || m.Until > l.Date))
                && db.ClassEnrolments.Any(e => e.StudentId == id && e.From <= l.Date && (e.Until == null || e.Until > l.Date)))),
        _ => db.Lessons.Where(_ => false),
    };
}
