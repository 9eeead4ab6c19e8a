using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Journal;

namespace Parta.Grading;

/// <summary>A final mark as saved.</summary>
public sealed record FinalMarkSaved(string? Value);

/// <summary>
/// Ставит (or, with no value, снимает) a student's final mark in the subject of a journal: for a period, the year, the
/// exam or the final mark. The value must be one of the scale's final values (<see cref="FinalMarkValues"/>); the
/// student must have been on the journal's list in the period (the year); who writes is <see cref="GradingAccess"/>'s:
/// a closed period only with journal.edit.closed and a reason, a year (exam, final) mark before every period is closed
/// only with a reason — both kept in the audit history with the change. The same value again changes nothing. With
/// <see cref="Request.Expected"/> (what the user saw), a value someone else saved meanwhile is not overwritten.
/// </summary>
public sealed class SetFinalMark(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    /// <param name="PeriodId">The period of a period mark; ignored for the others.</param>
    /// <param name="Expected">The value as the user saw it ("" for empty); null to overwrite (the API).</param>
    public sealed record Request(
        Guid AssignmentId, Guid StudentId, FinalMarkKind Kind, Guid? PeriodId, string? Value, string? Expected = null, string? Reason = null);

    public sealed record NotOnScale(string Subject, IReadOnlyList<string> Values)
        : Invalid($"По предмету «{Subject}» итоговая отметка — одно из значений: {string.Join(", ", Values)}.", "Value");

    public sealed record NotOnList(string When) : Invalid($"Учащегося не было в списке класса {When}: итоговую отметку ему здесь не ставят.", "StudentId");

    public sealed record PeriodsOpen(string Periods)
        : Invalid((Periods.Contains(',') ? $"Ещё не закрыты периоды: {Periods}." : $"Ещё не закрыт период «{Periods}».")
                  + " Годовые и итоговые отметки ставятся после закрытия всех периодов; чтобы поставить раньше, укажите причину — она сохранится в истории.",
            "Reason");

    public sealed record UnmarkedGrade() : Invalid("В 1 классе обучение безотметочное: итоговые отметки не ставятся.", "Value");

    public sealed record NoExam(string Subject) : Invalid($"По предмету «{Subject}» в учебном плане нет экзамена.", "Kind");

    public sealed record MarkChanged(string? Current)
        : Conflict(Current is null
            ? "Отметку уже снял другой пользователь. Посмотрите и поставьте ещё раз, если нужно."
            : $"Другой пользователь уже поставил здесь «{Current}». Посмотрите и исправьте, если нужно.", "Value");

    public async Task<Result<FinalMarkSaved>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var assignment = await access.FindAsync(request.AssignmentId, ct);
        if (assignment is null)
        {
            return new JournalAccess.JournalNotFound();
        }

        var periods = await AssignmentPeriods.ForAsync(db, assignment, ct);
        JournalPeriod? period = null;
        if (request.Kind == FinalMarkKind.Period)
        {
            period = periods.FirstOrDefault(p => p.Id == request.PeriodId);
            if (period is null)
            {
                return new GetFinalMarkSheet.PeriodNotFound();
            }
        }
        else if (periods.Count == 0)
        {
            return new GetFinalMarkSheet.NoPeriods();
        }

        var closed = period?.Closed ?? false;
        var granted = await access.PermissionsAsync(ct);
        var staffIds = await access.StaffIdsAsync(ct);
        if (!GradingAccess.MayWrite(granted, staffIds, assignment, closed))
        {
            if (closed && GradingAccess.MayWrite(granted, staffIds, assignment, closed: false))
            {
                return new JournalWrite.PeriodClosed(period!.Name);
            }

            return await access.RightAsync(assignment, ct) == JournalRight.None
                ? new JournalAccess.NoJournalAccess()
                : new GradingAccess.NotYourSheet();
        }

        if (assignment.Grade == GradingRules.UnmarkedGrade)
        {
            return new UnmarkedGrade();
        }

        var checks = new Checks();
        var reason = checks.Text(request.Reason, nameof(Request.Reason), "Причина", JournalRules.ReasonLength);
        (string Value, int? Points)? value = null;
        if (!string.IsNullOrWhiteSpace(request.Value))
        {
            value = FinalMarkValues.Read(assignment.Scale, request.Value);
            if (value is null)
            {
                checks.Add(new NotOnScale(assignment.Subject, FinalMarkValues.For(assignment.Scale)));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<FinalMarkSaved>();
        }

        if (closed && reason is null)
        {
            return new JournalWrite.ReasonNeeded(period!.Name);
        }

        if (request.Kind != FinalMarkKind.Period && periods.Where(p => !p.Closed).Select(p => p.Name).ToList() is { Count: > 0 } open && reason is null)
        {
            return new PeriodsOpen(string.Join(", ", open));
        }

        if (request.Kind is FinalMarkKind.Exam && !await GetFinalMarkSheet.HasExamAsync(db, assignment, ct))
        {
            return new NoExam(assignment.Subject);
        }

        var (from, to) = period is null ? (periods[0].Start, periods[^1].End) : (period.Start, period.End);
        var roster = await JournalRoster.ForAsync(db, assignment, from, to, ct);
        if (roster.All(r => r.StudentId != request.StudentId))
        {
            return new NotOnList(period is null ? "в этом учебном году" : $"в периоде «{period.Name}»");
        }

        var id = FinalMark.IdFor(request.StudentId, assignment.SubjectId, request.Kind, period?.Id ?? assignment.AcademicYearId);
        var mark = await db.FinalMarks.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mark?.Value == value?.Value)
        {
            return new FinalMarkSaved(mark?.Value);
        }

        if (request.Expected is { } expected && (mark?.Value ?? "") != expected.Trim())
        {
            return new MarkChanged(mark?.Value);
        }

        if (reason is not null)
        {
            db.AuditReason = reason;
        }

        if (value is { } set)
        {
            if (mark is null)
            {
                mark = new FinalMark
                {
                    Id = id, SchoolId = assignment.SchoolId, AcademicYearId = assignment.AcademicYearId, StudentId = request.StudentId,
                    SubjectId = assignment.SubjectId, Kind = request.Kind, PeriodId = period?.Id, Value = set.Value,
                };
                db.FinalMarks.Add(mark);
            }

            mark.Value = set.Value;
            mark.Points = set.Points;
            mark.ChangedAt = time.GetUtcNow().UtcDateTime;
        }
        else
        {
            db.FinalMarks.Remove(mark!);
        }

        if (await JournalCells.TrySaveAsync(db, ct))
        {
            var current = await db.FinalMarks.AsNoTracking().Where(m => m.Id == id).Select(m => m.Value).FirstOrDefaultAsync(ct);
            return current == value?.Value ? new FinalMarkSaved(current) : new MarkChanged(current);
        }

        return new FinalMarkSaved(value?.Value);
    }
}
