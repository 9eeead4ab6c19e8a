using Parta.Common;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Journal;

/// <summary>
/// Записывает тему урока и домашнее задание. An empty topic means «по КТП»: the lesson shows the topic laid on it by the
/// plan. Both may be written ahead of the lesson (homework is often set in advance); rights and closed periods are
/// <see cref="JournalWrite"/>'s; both changes are in the lesson's history.
/// </summary>
public sealed class SaveLessonDetails(PartaDbContext db, JournalWrite write)
{
    public sealed record Request(Guid LessonId, string? Topic, string? Homework, string? Reason = null);

    public async Task<Result<Lesson>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var topic = checks.Text(request.Topic, "Topic", "Тема урока", ScheduleRules.TopicLength);
        var homework = checks.MultilineText(request.Homework, "Homework", "Домашнее задание", JournalRules.HomeworkLength);
        if (checks.Failed)
        {
            return checks.Refusal<Lesson>();
        }

        var checkedWrite = await write.CheckAsync(request.LessonId, pastOnly: false, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<Lesson>();
        }

        var lesson = checkedWrite.Value.Lesson;
        lesson.Topic = topic;
        lesson.Homework = homework;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : lesson;
    }
}
