using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// The marks a weighted average is taken over: a student's five-point marks in one teaching assignment's lessons within
/// a date range (a period), each with its work type's weight. Every average of the system reads its marks through this
/// query and computes with <see cref="WeightedAverage.Of"/>.
/// </summary>
public static class StudentAverage
{
    /// <param name="Value">The mark as shown («5», «зач»); read where marks are counted, not only averaged.</param>
    public sealed record WeightedMark(Guid StudentId, int? Points, decimal Weight, string? Value = null);

    /// <summary>
    /// The marks of the assignment's lessons in the range (cancelled lessons hold none), optionally of some students;
    /// with <paramref name="fivePointOnly"/> false pass/fail marks come too (to be counted; the average skips them).
    /// </summary>
    public static IQueryable<WeightedMark> Marks(
        PartaDbContext db, Guid assignmentId, DateOnly start, DateOnly end, IQueryable<Guid>? students = null, bool fivePointOnly = true)
    {
        var marks = from m in db.Marks
                    join a in db.Assessments on m.AssessmentId equals a.Id
                    join l in db.Lessons on a.LessonId equals l.Id
                    join w in db.WorkTypes on a.WorkTypeId equals w.Id
                    where l.TeachingAssignmentId == assignmentId && l.Date >= start && l.Date <= end && (!fivePointOnly || m.Points != null)
                    select new { m.StudentId, m.Points, w.Weight, m.Value };
        if (students is not null)
        {
            marks = marks.Where(m => students.Contains(m.StudentId));
        }

        return marks.Select(m => new WeightedMark(m.StudentId, m.Points, m.Weight, m.Value));
    }

    /// <summary>Each student's weighted average over the assignment's marks in the range (no marks → absent from the map).</summary>
    public static async Task<IReadOnlyDictionary<Guid, decimal>> OfAsync(
        PartaDbContext db, Guid assignmentId, DateOnly start, DateOnly end, IQueryable<Guid>? students = null, CancellationToken ct = default)
    {
        var marks = await Marks(db, assignmentId, start, end, students).AsNoTracking().ToListAsync(ct);
        return Of(marks);
    }

    /// <summary>Each student's weighted average of marks already read (a journal of the whole period has them all).</summary>
    public static IReadOnlyDictionary<Guid, decimal> Of(IEnumerable<WeightedMark> marks) =>
        marks.Where(m => m.Points is not null).GroupBy(m => m.StudentId)
            .Select(g => (g.Key, Average: WeightedAverage.Of(g.Select(m => (m.Points, m.Weight)))))
            .Where(x => x.Average is not null)
            .ToDictionary(x => x.Key, x => x.Average!.Value);
}
