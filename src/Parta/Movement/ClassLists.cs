using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Movement;

/// <summary>One row of a class list.</summary>
public sealed record ClassListEntry(Guid StudentId, string LastName, string FirstName, string? MiddleName)
{
    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

/// <summary>
/// The class list on any date, from the movement book: journals and reports call this, never their own copy.
/// </summary>
public static class ClassLists
{
    /// <summary>The stints in a class that are in force on the date (composable into other queries).</summary>
    public static IQueryable<ClassEnrolment> InForceOn(PartaDbContext db, DateOnly date) =>
        db.ClassEnrolments.Where(e => e.From <= date && (e.Until == null || e.Until > date));

    /// <summary>
    /// The date a year's class lists are counted on: today while the year runs, else its first or last day (a year
    /// being prepared shows who will start it; a past year who finished it).
    /// </summary>
    public static DateOnly CountDate(DateOnly today, DateOnly yearStart, DateOnly yearEnd) =>
        today < yearStart ? yearStart : today > yearEnd ? yearEnd : today;

    /// <summary>The students who are in some class of the school on the date (composable into other queries).</summary>
    public static IQueryable<Guid> InSchoolOn(PartaDbContext db, DateOnly date) => InForceOn(db, date).Select(e => e.StudentId);

    public static async Task<List<ClassListEntry>> OnDateAsync(PartaDbContext db, Guid classId, DateOnly date, CancellationToken ct = default)
    {
        var rows = await InForceOn(db, date).AsNoTracking()
            .Where(e => e.SchoolClassId == classId)
            .Select(e => new ClassListEntry(e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName))
            .ToListAsync(ct);
        return InJournalOrder(rows);
    }

    /// <summary>The members of a group on a date: those who had not left it (by leaving its class) by that date.</summary>
    public static async Task<List<ClassListEntry>> GroupOnDateAsync(PartaDbContext db, Guid groupId, DateOnly date, CancellationToken ct = default)
    {
        var rows = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => m.StudyGroupId == groupId && (m.Until == null || m.Until > date))
            .Join(db.Students, m => m.StudentId, s => s.Id, (m, s) => new ClassListEntry(s.Id, s.LastName, s.FirstName, s.MiddleName))
            .ToListAsync(ct);
        return InJournalOrder(rows);
    }

    /// <summary>The order of every list of students: «Фамилия Имя Отчество» in Russian alphabetical order.</summary>
    private static List<ClassListEntry> InJournalOrder(IEnumerable<ClassListEntry> rows) =>
        rows.OrderBy(r => r.FullName, RussianCulture.Collation).ThenBy(r => r.StudentId).ToList();

    /// <summary>Rewrites a student's enrolments from their events in force, and their current class for today.</summary>
    internal static async Task RewriteEnrolmentsAsync(PartaDbContext db, Student student, IReadOnlyList<MovementFact> facts, TimeProvider time, CancellationToken ct)
    {
        var existing = await db.ClassEnrolments.Where(e => e.StudentId == student.Id).ToListAsync(ct);
        db.ClassEnrolments.RemoveRange(existing);
        var stints = MembershipTimeline.Replay(facts);
        db.ClassEnrolments.AddRange(stints.Select(s => new ClassEnrolment
        {
            SchoolId = student.SchoolId, StudentId = s.StudentId, SchoolClassId = s.SchoolClassId, From = s.From, Until = s.Until,
        }));

        var today = await SchoolClock.TodayAsync(db, time, ct);
        student.SchoolClassId = stints.FirstOrDefault(s => s.Covers(today))?.SchoolClassId
            ?? stints.Where(s => s.From > today).OrderBy(s => s.From).FirstOrDefault()?.SchoolClassId;
    }
}
