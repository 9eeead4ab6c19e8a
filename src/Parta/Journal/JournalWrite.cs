using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Journal;

/// <summary>What a write into a lesson's journal cells knows once it is allowed.</summary>
public sealed record LessonWrite(Lesson Lesson, JournalAssignment Assignment, JournalSettings Settings, JournalPeriod? Period, DateOnly Today, bool Late);

/// <summary>
/// The rules every write into a journal passes, in one place (marks, attendance, comments, topic, homework, assessments;
/// the page, the API and the grid all come here):
/// the lesson exists and is not cancelled; the user edits it (own assignment, or the lesson they substitute); marks and
/// attendance only on a lesson that has taken place; a closed period only with journal.edit.closed and a reason, which
/// goes into the audit history with the change; an entry more than the school's late-entry days after the lesson is late.
/// </summary>
public sealed class JournalWrite(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    public sealed record LessonNotFound() : NotFound("Урок не найден.");

    public sealed record LessonCancelled() : Invalid("Урок отменён: в него ничего не записывается.");

    public sealed record FutureLesson(DateOnly Date)
        : Invalid($"Урок {RussianDate.Show(Date)} ещё не прошёл: отметки и посещаемость ставятся в день урока и позже.");

    public sealed record PeriodClosed(string Period)
        : Forbidden($"Период «{Period}» закрыт: изменять его журнал может только тот, у кого есть право изменять закрытые периоды.");

    public sealed record ReasonNeeded(string Period)
        : Invalid($"Период «{Period}» закрыт: укажите причину изменения, она сохранится в истории.", "Reason");

    /// <summary>
    /// Loads the lesson and checks the write. <paramref name="pastOnly"/>: marks and attendance (a topic or homework may be
    /// written ahead). <paramref name="reason"/> is the reason for a write into a closed period.
    /// </summary>
    public async Task<Result<LessonWrite>> CheckAsync(Guid lessonId, bool pastOnly, string? reason, CancellationToken ct = default)
    {
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.Id == lessonId, ct);
        if (lesson is null)
        {
            return new LessonNotFound();
        }

        var assignment = await access.FindAsync(lesson.TeachingAssignmentId, ct);
        if (assignment is null)
        {
            return new LessonNotFound();
        }

        var periods = await AssignmentPeriods.ForAsync(db, assignment, ct);
        var period = periods.FirstOrDefault(p => p.Contains(lesson.Date));
        var closed = period is { Closed: true };
        if (!await access.MayWriteAsync(assignment, lesson.TeacherId, closed, ct))
        {
            if (closed && await access.MayWriteAsync(assignment, lesson.TeacherId, periodClosed: false, ct))
            {
                return new PeriodClosed(period!.Name);
            }

            return await access.RightAsync(assignment, ct) == JournalRight.None
                ? new JournalAccess.NoJournalAccess()
                : new JournalAccess.NotYourJournal();
        }

        if (lesson.Change == LessonChangeKind.Cancelled)
        {
            return new LessonCancelled();
        }

        var settings = await JournalSettings.LoadAsync(db, lesson.SchoolId, ct);
        var today = await SchoolClock.TodayAsync(db, time, ct);
        if (pastOnly && lesson.Date > today)
        {
            return new FutureLesson(lesson.Date);
        }

        if (closed)
        {
            var checks = new Checks();
            var why = checks.Text(reason, "Reason", "Причина", JournalRules.ReasonLength);
            if (checks.Failed)
            {
                return checks.Refusal<LessonWrite>();
            }

            if (why is null)
            {
                return new ReasonNeeded(period!.Name);
            }

            db.AuditReason = why;
        }

        return new LessonWrite(lesson, assignment, settings, period, today, IsLate(lesson.Date, today, settings.LateEntryDays));
    }

    /// <summary>Оперативность: an entry is late when made more than the school's late-entry days after the lesson.</summary>
    public static bool IsLate(DateOnly lessonDate, DateOnly today, int lateEntryDays) => today.DayNumber - lessonDate.DayNumber > lateEntryDays;
}
