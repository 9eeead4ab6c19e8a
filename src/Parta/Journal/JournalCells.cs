using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>What the cell writers (<see cref="SetMark"/>, <see cref="SetAttendance"/>) share: the contradiction checks and the racing save.</summary>
internal static class JournalCells
{
    /// <summary>The student's absence code in the lesson («Н», «Б»…), or null when they were present (or late).</summary>
    public static async Task<string?> AbsenceAsync(PartaDbContext db, LessonWrite target, Guid studentId, CancellationToken ct)
    {
        var absenceCodes = target.Settings.AttendanceCodes.Where(c => c.IsAbsence).Select(c => c.Code).ToList();
        return await db.Attendance.AsNoTracking()
            .Where(a => a.LessonId == target.Lesson.Id && a.StudentId == studentId && a.Code != null && absenceCodes.Contains(a.Code))
            .Select(a => a.Code).FirstOrDefaultAsync(ct);
    }

    /// <summary>The student's marks in the lesson (any of its assessments).</summary>
    public static Task<List<string>> MarksInLessonAsync(PartaDbContext db, Guid lessonId, Guid studentId, CancellationToken ct) =>
        db.Marks.AsNoTracking().Where(m => m.StudentId == studentId && db.Assessments.Any(a => a.Id == m.AssessmentId && a.LessonId == lessonId))
            .Select(m => m.Value).ToListAsync(ct);

    /// <summary>The student's weighted average in the lesson's period after the change (null with no five-point marks or no period).</summary>
    public static async Task<decimal?> AverageAsync(PartaDbContext db, LessonWrite target, Guid studentId, CancellationToken ct)
    {
        if (target.Period is not { } period)
        {
            return null;
        }

        var averages = await StudentAverage.OfAsync(db, target.Assignment.Id, period.Start, period.End, db.Students.Where(s => s.Id == studentId).Select(s => s.Id), ct);
        return averages.TryGetValue(studentId, out var average) ? average : null;
    }

    /// <summary>The lesson-and-student row, made when the cell had none.</summary>
    public static Attendance AttendanceRow(PartaDbContext db, Attendance? row, Guid id, LessonWrite target, Guid studentId)
    {
        if (row is not null)
        {
            return row;
        }

        row = new Attendance { Id = id, SchoolId = target.Lesson.SchoolId, LessonId = target.Lesson.Id, StudentId = studentId };
        db.Attendance.Add(row);
        return row;
    }

    /// <summary>A cell with neither a code nor a comment is no row at all (its history stays under its id).</summary>
    public static void DropIfEmpty(PartaDbContext db, Attendance row)
    {
        if (row.Code is null && row.Comment is null)
        {
            db.Attendance.Remove(row);
        }
    }

    /// <summary>
    /// Saves a cell; true when another request saved the same cell in between (the same new row, or a change of the row
    /// read): the caller re-reads the cell and tells the user, nothing is overwritten.
    /// </summary>
    public static async Task<bool> TrySaveAsync(PartaDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return true;
        }
    }
}
