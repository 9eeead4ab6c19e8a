using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Добавляет оцениваемое задание to a lesson: a new column of marks of a work type (by id from the page, by code from the
/// API), with an optional title («Контрольная работа №2»). At most <see cref="JournalRules.MaxAssessmentsPerLesson"/> per lesson.
/// </summary>
public sealed class AddAssessment(PartaDbContext db, JournalWrite write)
{
    public sealed record Request(Guid LessonId, Guid? WorkTypeId, string? WorkTypeCode, string? Title, string? Reason = null);

    public sealed record UnknownWorkType(IReadOnlyList<string> Codes)
        : Invalid($"Такого вида работы нет. В школе приняты: {string.Join(", ", Codes)}.", "WorkType");

    public sealed record TooManyAssessments()
        : Invalid($"У урока уже {JournalRules.MaxAssessmentsPerLesson} оцениваемых заданий: больше добавить нельзя.", "WorkType");

    public async Task<Result<Assessment>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var title = checks.Text(request.Title, "Title", "Название задания", JournalRules.TitleLength);
        if (checks.Failed)
        {
            return checks.Refusal<Assessment>();
        }

        var checkedWrite = await write.CheckAsync(request.LessonId, pastOnly: false, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<Assessment>();
        }

        var target = checkedWrite.Value;
        var workType = request.WorkTypeId is { } id ? target.Settings.WorkType(id) : target.Settings.WorkTypeByCode(request.WorkTypeCode);
        if (workType is null || workType.Archived)
        {
            return new UnknownWorkType(target.Settings.WorkTypes.Where(w => !w.Archived).Select(w => $"{w.Code} ({w.Name})").ToList());
        }

        var numbers = await db.Assessments.Where(a => a.LessonId == request.LessonId).Select(a => a.Number).ToListAsync(ct);
        if (numbers.Count >= JournalRules.MaxAssessmentsPerLesson)
        {
            return new TooManyAssessments();
        }

        var assessment = new Assessment
        {
            SchoolId = target.Lesson.SchoolId, LessonId = request.LessonId, WorkTypeId = workType.Id, Title = title,
            Number = numbers.Count == 0 ? 1 : numbers.Max() + 1,
        };
        db.Assessments.Add(assessment);
        return await JournalCells.TrySaveAsync(db, ct)
            ? new Conflict("Задание в этот урок только что добавил другой пользователь. Обновите страницу.", "WorkType")
            : assessment;
    }
}
