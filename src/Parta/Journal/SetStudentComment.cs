using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>The teacher's comment on a student at a lesson (kept in the lesson's attendance cell, with its own history).</summary>
public sealed class SetStudentComment(PartaDbContext db, JournalWrite write, TimeProvider time)
{
    public sealed record Request(Guid LessonId, Guid StudentId, string? Comment, string? Reason = null);

    public async Task<Result<CellSaved>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var comment = checks.Text(request.Comment, "Comment", "Комментарий", JournalRules.CommentLength);
        if (checks.Failed)
        {
            return checks.Refusal<CellSaved>();
        }

        var checkedWrite = await write.CheckAsync(request.LessonId, pastOnly: true, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<CellSaved>();
        }

        var target = checkedWrite.Value;
        if (!await JournalRoster.IsOnAsync(db, target.Assignment, request.StudentId, target.Lesson.Date, ct))
        {
            return new SetMark.NotOnList();
        }

        var id = CellId.For(request.LessonId, request.StudentId);
        var row = await db.Attendance.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (row?.Comment == comment)
        {
            return new CellSaved(comment, row?.Late ?? false, null);
        }

        row = JournalCells.AttendanceRow(db, row, id, target, request.StudentId);
        row.Comment = comment;
        row.ChangedAt = time.GetUtcNow().UtcDateTime;
        JournalCells.DropIfEmpty(db, row);
        return await JournalCells.TrySaveAsync(db, ct)
            ? new Conflict("Комментарий только что изменил другой пользователь. Обновите страницу и проверьте.", "Comment")
            : new CellSaved(comment, target.Late, null);
    }
}
