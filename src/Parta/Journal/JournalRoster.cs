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
        return Rows(stints);
    }

    private static List<RosterRow> Rows(IEnumerable<Stint> stints) =>
        stints.GroupBy(s => s.StudentId)
            .Select(g => new RosterRow(
                g.Key, PersonName.Full(g.First().LastName, g.First().FirstName, g.First().MiddleName),
                g.Select(s => new RosterStint(s.From, Earliest(s.Until, s.GroupUntil))).Where(s => s.Until is null || s.Until > s.From)
                    .OrderBy(s => s.From).ToList()))
            .Where(r => r.Stints.Count > 0)
            .OrderBy(r => r.FullName, RussianCulture.Collation).ThenBy(r => r.StudentId)
            .ToList();

    /// <summary>
    /// The lists of many journals at once (a report over a whole school): one query for the class journals and one for
    /// the group journals, whatever their number; the same rule as <see cref="ForAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<RosterRow>>> ForManyAsync(
        PartaDbContext db, IReadOnlyCollection<JournalAssignment> assignments, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var classIds = assignments.Where(a => a.SchoolClassId is not null).Select(a => a.SchoolClassId!.Value).Distinct().ToList();
        var groupIds = assignments.Where(a => a.StudyGroupId is not null).Select(a => a.StudyGroupId!.Value).Distinct().ToList();
        var enrolments = db.ClassEnrolments.AsNoTracking().Where(e => e.From <= to && (e.Until == null || e.Until > from));
        var byClass = (await enrolments.Where(e => classIds.Contains(e.SchoolClassId))
                .Select(e => new { e.SchoolClassId, Stint = new Stint(e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.From, e.Until, null) })
                .ToListAsync(ct))
            .ToLookup(x => x.SchoolClassId, x => x.Stint);
        var byGroup = (await db.StudyGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.StudyGroupId))
                .Join(db.StudyGroups, m => m.StudyGroupId, g => g.Id, (m, g) => new { m, GroupClassId = g.SchoolClassId })
                .Join(enrolments, x => x.m.StudentId, e => e.StudentId, (x, e) => new { x.m, x.GroupClassId, e })
                .Where(x => x.GroupClassId == null || x.e.SchoolClassId == x.GroupClassId)
                .Select(x => new { x.m.StudyGroupId, Stint = new Stint(x.e.StudentId, x.e.Student!.LastName, x.e.Student.FirstName, x.e.Student.MiddleName, x.e.From, x.e.Until, x.m.Until) })
                .ToListAsync(ct))
            .ToLookup(x => x.StudyGroupId, x => x.Stint);
        return assignments.DistinctBy(a => a.Id).ToDictionary<JournalAssignment, Guid, IReadOnlyList<RosterRow>>(a => a.Id,
            a => Rows(a.SchoolClassId is { } c ? byClass[c] : byGroup[a.StudyGroupId!.Value]));
    }

    /// <summary>Whether the student is on the journal's list on the date.</summary>
    public static async Task<bool> IsOnAsync(PartaDbContext db, JournalAssignment assignment, Guid studentId, DateOnly date, CancellationToken ct = default) =>
        (await StintsQuery(db, assignment, date, date, studentId).ToListAsync(ct))
            .Any(s => new RosterStint(s.From, Earliest(s.Until, s.GroupUntil)).Covers(date));

    private sealed record Stint(Guid StudentId, string LastName, string FirstName, string? MiddleName, DateOnly From, DateOnly? Until, DateOnly? GroupUntil);

    /// <param name="studentId">One student's stints only (filtered before the projection, which the database cannot filter on).</param>
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
