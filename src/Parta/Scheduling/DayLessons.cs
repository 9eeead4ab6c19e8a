using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A dated lesson as the day's pages show it: with its subject, class or group, teachers, room and change.</summary>
/// <param name="Whose">«5А», or «5А, Английский 1», or a group of several classes by its own name.</param>
/// <param name="OwnerClassId">The class of the lesson's students: its class, or its group's class (none for a group of several classes).</param>
/// <param name="AssignmentTeacherId">Whose lesson it is by the teaching load (the absent one when substituted).</param>
public sealed record DayLesson(
    Guid Id, DateOnly Date, int Number, int Slot, TimeOnly? Start, TimeOnly? End, Guid AssignmentId, string Subject, Guid? ClassId,
    Guid? GroupId, Guid? OwnerClassId, string Whose, Guid TeacherId, string Teacher, Guid AssignmentTeacherId, string AssignmentTeacher,
    Guid? RoomId, string? Room, LessonChangeKind? Change, Guid? ChangeId, string? Reason, bool NotInTimetable)
{
    public bool Cancelled => Change == LessonChangeKind.Cancelled;

    /// <summary>«08:30–09:15», or empty when the bells of its number are not set.</summary>
    public string Time => Start is { } s && End is { } e ? $"{s:HH\\:mm}–{e:HH\\:mm}" : "";

    /// <summary>Whether this lesson and <paramref name="other"/> take place at once: by the bells when both have times, else by number.</summary>
    public bool SameTimeAs(int number, TimeOnly? start, TimeOnly? end) =>
        Start is { } s && End is { } e && start is { } s2 && end is { } e2 ? s < e2 && s2 < e : Number == number;

    /// <summary>«3-й урок, 5А, Математика».</summary>
    public string Describe() => $"{Number}-й урок, {Whose}, {Subject}";
}

/// <summary>Reads dated lessons with what the day's pages show about them, in a fixed number of queries.</summary>
public static class DayLessons
{
    public static async Task<List<DayLesson>> LoadAsync(PartaDbContext db, IQueryable<Lesson> lessons, CancellationToken ct = default)
    {
        var rows = await lessons.AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var assignmentIds = rows.Select(l => l.TeachingAssignmentId).Distinct().ToList();
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .Select(a => new { a.Id, a.StaffMemberId, Subject = a.Subject!.Name }).ToDictionaryAsync(a => a.Id, ct);
        var staffIds = rows.Select(l => l.TeacherId).Concat(assignments.Values.Select(a => a.StaffMemberId)).Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToDictionaryAsync(s => s.Id, ct);
        var roomIds = rows.Where(l => l.RoomId != null).Select(l => l.RoomId!.Value).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var groupIds = rows.Where(l => l.StudyGroupId != null).Select(l => l.StudyGroupId!.Value).Distinct().ToList();
        var groups = await db.StudyGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Name, g.SchoolClassId }).ToDictionaryAsync(g => g.Id, ct);
        var classIds = rows.Where(l => l.SchoolClassId != null).Select(l => l.SchoolClassId!.Value)
            .Concat(groups.Values.Where(g => g.SchoolClassId != null).Select(g => g.SchoolClassId!.Value)).Distinct().ToList();
        var classes = await db.SchoolClasses.AsNoTracking().Where(c => classIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Grade, c.Letter }).ToDictionaryAsync(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter), ct);
        var changeIds = rows.Where(l => l.LessonChangeId != null).Select(l => l.LessonChangeId!.Value).Distinct().ToList();
        var reasons = await db.LessonChanges.AsNoTracking().Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reason, ct);

        string Name(Guid id) => staff.TryGetValue(id, out var s) ? PersonName.WithInitials(s.LastName, s.FirstName, s.MiddleName) : "";

        return rows.Select(l =>
        {
            var a = assignments.GetValueOrDefault(l.TeachingAssignmentId);
            var group = l.StudyGroupId is { } g ? groups.GetValueOrDefault(g) : null;
            var owner = l.SchoolClassId ?? group?.SchoolClassId;
            var whose = l.SchoolClassId is { } c
                ? classes.GetValueOrDefault(c, "")
                : group is null ? "" : group.SchoolClassId is { } gc ? $"{classes.GetValueOrDefault(gc, "")}, {group.Name}" : group.Name;
            var assignmentTeacher = a?.StaffMemberId ?? l.TeacherId;
            return new DayLesson(l.Id, l.Date, l.Number, l.Slot, l.Start, l.End, l.TeachingAssignmentId, a?.Subject ?? "", l.SchoolClassId,
                l.StudyGroupId, owner, whose, l.TeacherId, Name(l.TeacherId), assignmentTeacher, Name(assignmentTeacher), l.RoomId,
                l.RoomId is { } r ? rooms.GetValueOrDefault(r) : null, l.Change, l.LessonChangeId,
                l.LessonChangeId is { } ch ? reasons.GetValueOrDefault(ch) : null, l.NotInTimetable);
        }).ToList();
    }

    /// <summary>
    /// The lesson of the day that keeps someone busy at that time: the teacher, the room, or the students (the same class,
    /// the same group, or a whole-class lesson against a group of that class — two groups of one class may share a time).
    /// </summary>
    public static DayLesson? Clash(IEnumerable<DayLesson> day, Guid? exceptId, int number, TimeOnly? start, TimeOnly? end,
        Guid? teacherId = null, Guid? roomId = null, (Guid? ClassId, Guid? GroupId, Guid? OwnerClassId)? students = null) =>
        day.Where(l => l.Id != exceptId && !l.Cancelled && !l.NotInTimetable && l.SameTimeAs(number, start, end))
            .FirstOrDefault(l => (teacherId is { } t && l.TeacherId == t)
                || (roomId is { } r && l.RoomId == r)
                || (students is { } s && SameStudents(l, s.ClassId, s.GroupId, s.OwnerClassId)));

    private static bool SameStudents(DayLesson l, Guid? classId, Guid? groupId, Guid? ownerClassId)
    {
        if (groupId is { } g && l.GroupId == g)
        {
            return true;
        }

        if (classId is { } c)
        {
            return l.OwnerClassId == c;
        }

        // A group's lesson clashes with a whole-class lesson of its class, not with another group of it.
        return ownerClassId is { } o && l.ClassId == o;
    }
}
