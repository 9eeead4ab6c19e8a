using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Отмечает посещаемость: sets (or, with no code, clears) a student's attendance code in a lesson. The code must be one of
/// the school's; an absence is refused where the student already has a mark in the lesson. Same rules of rights,
/// dates, closed periods and concurrent edits as <see cref="SetMark"/>.
/// </summary>
public sealed class SetAttendance(PartaDbContext db, JournalWrite write, TimeProvider time)
{
    /// <param name="Expected">The code as the user saw it ("" for none); null to overwrite whatever is there (the API).</param>
    public sealed record Request(Guid LessonId, Guid StudentId, string? Code, string? Expected = null, string? Reason = null);

    public sealed record UnknownCode(IReadOnlyList<string> Codes)
        : Invalid($"Такой отметки посещаемости нет. В школе приняты: {string.Join(", ", Codes)}.", "Code");

    public sealed record AbsenceWithMark(string Code, string Marks)
        : Invalid($"У учащегося на этом уроке есть отметка {Marks}: «{Code}» (пропуск) вместе с отметкой поставить нельзя. Сначала снимите отметку.", "Code");

    /// <summary>Someone else saved the cell after the user saw it: nothing is overwritten; <see cref="Current"/> is what is there now.</summary>
    public sealed record CellChanged(string? Current)
        : Conflict(Current is null
            ? "Отметку посещаемости уже снял другой пользователь. Посмотрите и поставьте ещё раз, если нужно."
            : $"Другой пользователь уже отметил здесь «{Current}». Посмотрите и исправьте, если нужно.", "Code");

    public async Task<Result<CellSaved>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checkedWrite = await write.CheckAsync(request.LessonId, pastOnly: true, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<CellSaved>();
        }

        var target = checkedWrite.Value;
        AttendanceCodeInfo? code = null;
        if (!string.IsNullOrWhiteSpace(request.Code))
        {
            code = target.Settings.AttendanceCode(request.Code);
            if (code is null)
            {
                return new UnknownCode(target.Settings.AttendanceCodes.Select(c => c.Code).ToList());
            }
        }

        if (!await JournalRoster.IsOnAsync(db, target.Assignment, request.StudentId, target.Lesson.Date, ct))
        {
            return new SetMark.NotOnList();
        }

        var id = CellId.For(request.LessonId, request.StudentId);
        var row = await db.Attendance.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (row?.Code == code?.Code)
        {
            return new CellSaved(row?.Code, row?.Late ?? false, null);
        }

        if (request.Expected is { } expected && (row?.Code ?? "") != expected.Trim())
        {
            return new CellChanged(row?.Code);
        }

        if (code is { IsAbsence: true })
        {
            var marks = await JournalCells.MarksInLessonAsync(db, request.LessonId, request.StudentId, ct);
            if (marks.Count > 0)
            {
                return new AbsenceWithMark(code.Code, string.Join(", ", marks.Select(m => $"«{m}»")));
            }
        }

        row = JournalCells.AttendanceRow(db, row, id, target, request.StudentId);
        row.Code = code?.Code;
        row.ChangedAt = time.GetUtcNow().UtcDateTime;
        row.Late = target.Late;
        JournalCells.DropIfEmpty(db, row);
        if (await JournalCells.TrySaveAsync(db, ct))
        {
            var current = await db.Attendance.AsNoTracking().Where(a => a.Id == id).Select(a => a.Code).FirstOrDefaultAsync(ct);
            return current == code?.Code ? new CellSaved(current, target.Late, null) : new CellChanged(current);
        }

        return new CellSaved(code?.Code, target.Late, null);
    }
}
