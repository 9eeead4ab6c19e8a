using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>
/// One change of a journal cell: when (<see cref="At"/> in UTC, <see cref="LocalAt"/> as the school's clocks showed it),
/// who, the value before and after, the reason for a closed period, and whether it was made later than the school's
/// late-entry days after the lesson.
/// </summary>
public sealed record CellChange(DateTime At, DateTime LocalAt, string By, string What, string? Old, string? New, string? Reason, bool Late);

/// <summary>
/// The history of one journal cell (a mark: assessment × student; attendance and comment: lesson × student), newest
/// first, from the audit history under the cell's stable id (<see cref="CellId"/>). Anyone who reads the journal reads it.
/// </summary>
public sealed class GetCellHistory(PartaDbContext db, JournalAccess access)
{
    /// <param name="ColumnId">The assessment (a mark) or the lesson (attendance and comment).</param>
    /// <param name="MarksOnly">Only a mark's cell: a lesson's id is then not found (the API's mark history).</param>
    public sealed record Request(Guid ColumnId, Guid StudentId, bool MarksOnly = false);

    public sealed record CellNotFound() : NotFound("Ячейка журнала не найдена.");

    public async Task<Result<IReadOnlyList<CellChange>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var lessonId = await db.Assessments.Where(a => a.Id == request.ColumnId).Select(a => (Guid?)a.LessonId).FirstOrDefaultAsync(ct)
            ?? (request.MarksOnly ? null : await db.Lessons.Where(l => l.Id == request.ColumnId).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct));
        var assignmentId = await db.Lessons.Where(l => l.Id == lessonId).Select(l => (Guid?)l.TeachingAssignmentId).FirstOrDefaultAsync(ct);
        var assignment = assignmentId is { } id ? await access.FindAsync(id, ct) : null;
        if (assignment is null)
        {
            return new CellNotFound();
        }

        if (await access.RightAsync(assignment, ct) == JournalRight.None)
        {
            return new JournalAccess.NoJournalAccess();
        }

        var cellId = CellId.For(request.ColumnId, request.StudentId);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == cellId && (e.EntityType == nameof(Mark) || e.EntityType == nameof(Attendance)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(200)
            .Select(e => new { e.At, e.UserId, e.UserLogin, e.Field, e.OldValue, e.NewValue, e.Reason })
            .ToListAsync(ct);
        var userIds = rows.Where(r => r.UserId != null).Select(r => r.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.LastName, u.FirstName, u.MiddleName }).ToListAsync(ct);
        var byId = names.ToDictionary(u => u.Id, u => PersonName.Full(u.LastName, u.FirstName, u.MiddleName));
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == assignment.SchoolId)
            .Select(s => new { s.TimeZone, s.LateEntryDays }).FirstAsync(ct);
        var lessonDate = await db.Lessons.Where(l => l.Id == lessonId).Select(l => l.Date).FirstAsync(ct);
        return rows.Select(r =>
            {
                var local = School.LocalTimeIn(school.TimeZone, r.At);
                return new CellChange(
                    DateTime.SpecifyKind(r.At, DateTimeKind.Utc), local,
                r.UserId is { } user && byId.TryGetValue(user, out var name) ? name : r.UserLogin,
                r.Field switch { nameof(Mark.Value) => "отметка", nameof(Attendance.Code) => "посещаемость", _ => "комментарий" },
                    r.OldValue, r.NewValue, r.Reason,
                    JournalWrite.IsLate(lessonDate, DateOnly.FromDateTime(local), school.LateEntryDays));
            })
            .ToList();
    }
}
