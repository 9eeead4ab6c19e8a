using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>A period as the journal reads it.</summary>
public sealed record JournalPeriod(Guid Id, string Name, DateOnly Start, DateOnly End, bool Closed)
{
    public bool Contains(DateOnly date) => Start <= date && date <= End;
}

/// <summary>
/// The periods of a journal: those of the period scheme its grade follows in the year (grade settings); a group of
/// several classes takes the grade of its own class, else of its members' classes; with no scheme set, the year's first.
/// Whether each is closed for this journal (<see cref="Grading.PeriodClosure"/>) comes in the same query.
/// </summary>
public static class AssignmentPeriods
{
    public static async Task<IReadOnlyList<JournalPeriod>> ForAsync(PartaDbContext db, JournalAssignment assignment, CancellationToken ct = default)
    {
        var grade = assignment.Grade ?? await db.StudyGroupMembers.Where(m => m.StudyGroupId == assignment.StudyGroupId)
            .Join(db.ClassEnrolments, m => m.StudentId, e => e.StudentId, (m, e) => e.SchoolClassId)
            .Join(db.SchoolClasses.Where(c => c.AcademicYearId == assignment.AcademicYearId), id => id, c => c.Id, (id, c) => (int?)c.Grade)
            .FirstOrDefaultAsync(ct);
        // One query: the grade's scheme, else the year's first, as a subquery of the periods'; a period is closed for the
        // journal when it is closed for the school, or for the journal's class (a group's own class; a group of several
        // classes when every class of its members in the period is closed).
        var periods = GradePeriods.Of(db, assignment.AcademicYearId, grade);
        if (assignment.SchoolClassId is { } classId)
        {
            return await periods.Select(p => new JournalPeriod(p.Id, p.Name, p.Start, p.End,
                p.Closed || db.PeriodClosures.Any(c => c.PeriodId == p.Id && c.SchoolClassId == classId))).ToListAsync(ct);
        }

        var groupId = assignment.StudyGroupId;
        var groupClass = db.StudyGroups.Where(g => g.Id == groupId).Select(g => g.SchoolClassId);
        var members = db.StudyGroupMembers.Where(m => m.StudyGroupId == groupId);
        return await periods.Select(p => new JournalPeriod(p.Id, p.Name, p.Start, p.End,
                p.Closed
                || (groupClass.First() != null
                    ? db.PeriodClosures.Any(c => c.PeriodId == p.Id && c.SchoolClassId == groupClass.First())
                    : members.Any()
                      && members.Join(db.ClassEnrolments.Where(e => e.From <= p.End && (e.Until == null || e.Until > p.Start)),
                              m => m.StudentId, e => e.StudentId, (m, e) => e.SchoolClassId)
                          .All(c => db.PeriodClosures.Any(x => x.PeriodId == p.Id && x.SchoolClassId == c)))))
            .ToListAsync(ct);
    }
}
