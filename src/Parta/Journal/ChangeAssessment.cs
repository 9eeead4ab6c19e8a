using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Changes an assessment's work type or title, or (with <see cref="Request.Remove"/>) removes it. Changing the work type
/// changes the weight of its marks in the averages; removing is refused while it holds marks (they are cleared first,
/// each into its history).
/// </summary>
public sealed class ChangeAssessment(PartaDbContext db, JournalWrite write)
{
    public sealed record Request(Guid AssessmentId, Guid? WorkTypeId, string? Title, bool Remove = false, string? Reason = null);

    public sealed record AssessmentHasMarks(int Count)
        : Invalid($"В задании {RussianPlural.Count(Count, "отметка", "отметки", "отметок")}: сначала снимите их, затем удалите задание.");

    public async Task<Result<Assessment>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var title = checks.Text(request.Title, "Title", "Название задания", JournalRules.TitleLength);
        if (checks.Failed)
        {
            return checks.Refusal<Assessment>();
        }

        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == request.AssessmentId, ct);
        if (assessment is null)
        {
            return new SetMark.AssessmentNotFound();
        }

        var checkedWrite = await write.CheckAsync(assessment.LessonId, pastOnly: false, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<Assessment>();
        }

        if (request.Remove)
        {
            var marks = await db.Marks.CountAsync(m => m.AssessmentId == assessment.Id, ct);
            if (marks > 0)
            {
                return new AssessmentHasMarks(marks);
            }

            db.Assessments.Remove(assessment);
        }
        else
        {
            var settings = checkedWrite.Value.Settings;
            var workType = request.WorkTypeId is { } id ? settings.WorkType(id) : settings.WorkType(assessment.WorkTypeId);
            if (workType is null || (workType.Archived && workType.Id != assessment.WorkTypeId))
            {
                return new AddAssessment.UnknownWorkType(settings.WorkTypes.Where(w => !w.Archived).Select(w => w.Name).ToList());
            }

            assessment.WorkTypeId = workType.Id;
            assessment.Title = title;
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : assessment;
    }
}
