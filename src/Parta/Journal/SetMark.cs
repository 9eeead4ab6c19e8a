using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>A journal cell as saved: its value now, whether the entry was late, and the student's weighted average in the period.</summary>
public sealed record CellSaved(string? Value, bool Late, decimal? Average);

/// <summary>
/// Ставит (or, with no value, снимает) a student's mark for an assessment. The value must be on the subject's scale; a mark
/// is refused on a lesson the student missed (an absence code) or was not on the list for, and on a lesson still to
/// come; closed periods and rights are <see cref="JournalWrite"/>'s. Setting the value the cell already has changes
/// nothing and writes no history. With <see cref="Request.Expected"/> (what the user saw in the cell), a value someone
/// else saved meanwhile is not overwritten: the user is told and shown it.
/// </summary>
public sealed class SetMark(PartaDbContext db, JournalWrite write, TimeProvider time)
{
    /// <param name="Expected">The cell's value as the user saw it ("" for empty); null to overwrite whatever is there (the API).</param>
    public sealed record Request(Guid AssessmentId, Guid StudentId, string? Value, string? Expected = null, string? Reason = null);

    public sealed record AssessmentNotFound() : NotFound("Оцениваемое задание не найдено.");

    public sealed record NotOnList() : Invalid("Учащегося нет в списке класса на дату урока.");

    public sealed record NotOnScale(string Subject, MarkScale Scale)
        : Invalid($"По предмету «{Subject}» ставятся отметки: {string.Join(", ", MarkScales.Values(Scale))}.", "Value");

    public sealed record MarkOnAbsence(string Code)
        : Invalid($"У учащегося на этом уроке отмечено «{Code}»: отметку за урок, который он пропустил, поставить нельзя. Сначала снимите отметку посещаемости.", "Value");

    /// <summary>Someone else saved the cell after the user saw it: nothing is overwritten; <see cref="Current"/> is what is there now.</summary>
    public sealed record CellChanged(string? Current)
        : Conflict(Current is null
            ? "Отметку уже снял другой пользователь. Посмотрите и поставьте ещё раз, если нужно."
            : $"Другой пользователь уже поставил здесь «{Current}». Посмотрите и исправьте, если нужно.", "Value");

    public async Task<Result<CellSaved>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var lessonId = await db.Assessments.Where(a => a.Id == request.AssessmentId).Select(a => (Guid?)a.LessonId).FirstOrDefaultAsync(ct);
        if (lessonId is null)
        {
            return new AssessmentNotFound();
        }

        var checkedWrite = await write.CheckAsync(lessonId.Value, pastOnly: true, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<CellSaved>();
        }

        var target = checkedWrite.Value;
        (string Value, int? Points)? value = null;
        if (!string.IsNullOrWhiteSpace(request.Value))
        {
            value = request.Value.Length > JournalRules.MarkLength ? null : MarkScales.Read(target.Assignment.Scale, request.Value);
            if (value is null)
            {
                return new NotOnScale(target.Assignment.Subject, target.Assignment.Scale);
            }
        }

        if (!await JournalRoster.IsOnAsync(db, target.Assignment, request.StudentId, target.Lesson.Date, ct))
        {
            return new NotOnList();
        }

        var id = CellId.For(request.AssessmentId, request.StudentId);
        var mark = await db.Marks.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mark?.Value == value?.Value)
        {
            return await SavedAsync(target, request.StudentId, mark?.Value, mark?.Late ?? false, ct);
        }

        if (request.Expected is { } expected && (mark?.Value ?? "") != expected.Trim())
        {
            return new CellChanged(mark?.Value);
        }

        if (value is { } set)
        {
            var absence = await JournalCells.AbsenceAsync(db, target, request.StudentId, ct);
            if (absence is not null)
            {
                return new MarkOnAbsence(absence);
            }

            if (mark is null)
            {
                mark = new Mark { Id = id, SchoolId = target.Lesson.SchoolId, AssessmentId = request.AssessmentId, StudentId = request.StudentId, Value = set.Value };
                db.Marks.Add(mark);
            }

            mark.Value = set.Value;
            mark.Points = set.Points;
            mark.ChangedAt = time.GetUtcNow().UtcDateTime;
            mark.Late = target.Late;
        }
        else
        {
            db.Marks.Remove(mark!);
        }

        var conflict = await JournalCells.TrySaveAsync(db, ct);
        if (conflict)
        {
            var current = await db.Marks.AsNoTracking().Where(m => m.Id == id).Select(m => m.Value).FirstOrDefaultAsync(ct);
            return current == value?.Value
                ? await SavedAsync(target, request.StudentId, current, target.Late, ct)
                : new CellChanged(current);
        }

        return await SavedAsync(target, request.StudentId, value?.Value, value is null ? false : target.Late, ct);
    }

    private async Task<Result<CellSaved>> SavedAsync(LessonWrite target, Guid studentId, string? value, bool late, CancellationToken ct) =>
        new CellSaved(value, late, await JournalCells.AverageAsync(db, target, studentId, ct));
}
