using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>A stretch of days a student is on a journal's list: from <see cref="From"/> to the day before <see cref="Until"/>.</summary>
public sealed record RosterStint(DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>A row of the journal: a student and the stretches in which they are on its list.</summary>
public sealed record RosterRow(Guid StudentId, string FullName, IReadOnlyList<RosterStint> Stints)
{
    public bool On(DateOnly date) => Stints.Any(s => s.Covers(date));
}

/// <summary>
/// Who is on a journal's list on each date, from the movement book: a class journal's students are the class's
/// enrolments; a group journal's are its members while they are in a class (the group's own class, if it has one) and
/// until they left the group. A student who arrived on 10 October has no cells before it; one who left is not on the
/// list after leaving.
/// </summary>
public static class JournalRoster
{
    public static async Task<IReadOnlyList<RosterRow>> ForAsync(
        PartaDbContext db, JournalAssignment assignment, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var stints = await StintsQuery(db, assignment, from, to).ToListAsync(ct);
        return stints.GroupBy(s => s.StudentId)
            .Select(g => new RosterRow(
                g.Key, PersonName.Full(g.First().LastName, g.First().FirstName, g.First().MiddleName),
                g.Select(s => new RosterStint(s.From, Earliest(s.Until, s.GroupUntil))).Where(s => s.Until is null || s.Until > s.From)
                    .OrderBy(s => s.From).ToList()))
            .Where(r => r.Stints.Count > 0)
            .OrderBy(r => r.FullName, RussianCulture.Collation).ThenBy(r => r.StudentId)
            .ToList();
    }

    /// <summary>Whether the student is on the journal's list on the date.</summary>
    public static async Task<bool> IsOnAsync(PartaDbContext db, JournalAssignment assignment, Guid studentId, DateOnly date, CancellationToken ct = default) =>
        (await StintsQuery(db, assignment, date, date, studentId).ToListAsync(ct))
            .Any(s => new RosterStint(s.From, Earliest(s.Until, s.GroupUntil)).Covers(date));

    private sealed record Stint(Guid StudentId, string LastName, string FirstName, string? MiddleName, DateOnly From, DateOnly? Until, DateOnly? GroupUntil);

    // The student filter goes before the projection: a filter on the projected record does not translate to SQL.
    private static IQueryable<Stint> StintsQuery(PartaDbContext db, JournalAssignment assignment, DateOnly from, DateOnly to, Guid? studentId = null)
    {
        var enrolments = db.ClassEnrolments.AsNoTracking().Where(e => e.From <= to && (e.Until == null || e.Until > from));
        if (studentId is { } only)
        {
            enrolments = enrolments.Where(e => e.StudentId == only);
        }

        if (assignment.SchoolClassId is { } classId)
        {
            return enrolments.Where(e => e.SchoolClassId == classId)
                .Select(e => new Stint(e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.From, e.Until, null));
        }

        var groupClassId = db.StudyGroups.Where(g => g.Id == assignment.StudyGroupId).Select(g => g.SchoolClassId);
        return db.StudyGroupMembers.AsNoTracking().Where(m => m.StudyGroupId == assignment.StudyGroupId)
            .Join(enrolments, m => m.StudentId, e => e.StudentId, (m, e) => new { m, e })
            .Where(x => groupClassId.First() == null || x.e.SchoolClassId == groupClassId.First())
            .Select(x => new Stint(x.e.StudentId, x.e.Student!.LastName, x.e.Student.FirstName, x.e.Student.MiddleName, x.e.From, x.e.Until, x.m.Until));
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
