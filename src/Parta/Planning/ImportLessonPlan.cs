using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Importing;

namespace Parta.Planning;

/// <summary>
/// A plan's topics loaded from a spreadsheet (<see cref="ImportKind.LessonPlan"/>: Раздел, №, Тема, Часы, Тип урока,
/// Домашнее задание), in the import's two steps: a check (every row by the editor's rule, <see cref="PlanTopicFields"/>;
/// nothing written) and an apply that replaces the plan's topics with the file's — all of them, or none when any row has
/// an error. The order of the rows is the order of the topics; the «№» column is not read.
/// </summary>
public sealed class ImportLessonPlan(PartaDbContext db, PlanAccess access, CurrentUser currentUser)
{
    /// <param name="Apply">False: a check (nothing is written); true: written, if no row has an error.</param>
    public sealed record Request(PlanRef Plan, string FileName, byte[] Content, bool Apply, uint? Version = null);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        [nameof(PlanTopicFields.Section)] = ImportKinds.PlanSection,
        [nameof(PlanTopicFields.Title)] = ImportKinds.PlanTitle,
        [nameof(PlanTopicFields.Hours)] = ImportKinds.PlanHours,
        [nameof(PlanTopicFields.LessonType)] = ImportKinds.PlanLessonType,
        [nameof(PlanTopicFields.Homework)] = ImportKinds.PlanHomework,
    };

    public async Task<Result<ImportResult>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var kind = ImportKind.LessonPlan;
        var allowed = request.Plan.AssignmentId is { } assignmentId
            ? (await access.AssignmentAsync(assignmentId, edit: true, ct)).Errors
            : (await access.TemplateAsync(request.Plan.TemplateId ?? Guid.Empty, edit: true, ct)).Errors;
        if (allowed.Count > 0)
        {
            return Result.Fail<ImportResult>(allowed);
        }

        SpreadsheetTable table;
        try
        {
            table = await SpreadsheetFile.ReadAsync(request.FileName, request.Content, ct);
        }
        catch (SpreadsheetFileException e)
        {
            return Failed([new ImportError(null, null, e.Message)]);
        }

        var run = new ImportRun(kind, table) { Applying = request.Apply };
        foreach (var column in kind.Columns().Where(c => c.Required && run.ColumnIndex(c.Header) < 0))
        {
            run.Errors.Add(new ImportError(null, null, $"Нет обязательного столбца «{column.Header}». Скачайте КТП в XLSX и сверьте заголовки."));
        }

        if (table.Rows.Count == 0)
        {
            run.Errors.Add(new ImportError(null, null, "В файле нет ни одной темы."));
        }
        else if (table.Rows.Count > PlanRules.MaxTopics)
        {
            run.Errors.Add(new ImportError(null, null, $"В плане не больше {PlanRules.MaxTopics} тем, а в файле {table.Rows.Count} строк."));
        }

        if (run.Errors.Count > 0)
        {
            return Failed(run.Errors);
        }

        var topics = new List<PlanTopicFields.Checked>();
        foreach (var row in table.Rows)
        {
            if (Read(run, row) is { } topic)
            {
                topics.Add(topic);
                run.Lines.Add((row.Number, topic.Title, topic));
            }
        }

        var existing = await CountExistingAsync(request.Plan, ct);
        var lines = run.Lines.Select(l => new ImportLine(l.Row, l.Title, ImportAction.Created)).ToList();
        var counts = new List<ImportCount> { new("Темы", topics.Count, 0, 0) };
        var notes = new List<string>();
        if (existing > 0)
        {
            notes.Add((request.Apply ? "Заменены" : "Будут заменены") + " " + RussianPlural.Count(existing, "тема", "темы", "тем") + " плана.");
        }

        var hours = topics.Sum(t => t.Hours);
        notes.Add("Часов в файле: " + hours.ToString(CultureInfo.InvariantCulture) + ".");
        if (run.Errors.Count > 0 || !request.Apply)
        {
            return new ImportResult(kind, null, table.Rows.Count, counts, lines, run.Errors.OrderBy(e => e.Row).ToList(), false)
            {
                Notes = run.Errors.Count == 0 ? notes : [],
            };
        }

        var plan = await access.PlanToChangeAsync(request.Plan, request.Version, ct);
        if (!plan.Succeeded)
        {
            return plan.Cast<ImportResult>();
        }

        await db.RemoveAllAsync(db.PlanTopics.Where(t => t.LessonPlanId == plan.Value.Id), ct);
        db.PlanTopics.AddRange(topics.Select((t, i) => new PlanTopic
        {
            SchoolId = currentUser.SchoolId!.Value, LessonPlanId = plan.Value.Id, Number = i + 1, Section = t.Section, Title = t.Title, Hours = t.Hours,
            LessonType = t.LessonType, Homework = t.Homework,
        }));
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }

        return new ImportResult(kind, null, table.Rows.Count, counts, lines, [], true) { Notes = notes };
    }

    /// <summary>One row by the editor's rule; the cells that cannot be read as a number or a lesson type are refused first.</summary>
    private static PlanTopicFields.Checked? Read(ImportRun run, SpreadsheetRow row)
    {
        var errors = run.Errors.Count;
        int? hours = null;
        if (run.Cell(row, ImportKinds.PlanHours) is { } hoursText)
        {
            if (int.TryParse(hoursText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                run.Error(row, ImportKinds.PlanHours, $"часы — целое число от 1 до {PlanRules.MaxHours}, а не «{hoursText}»");
            }
        }

        LessonType? type = null;
        if (run.Cell(row, ImportKinds.PlanLessonType) is { } typeText)
        {
            type = PlanTopicFields.TypeOf(typeText);
            if (type is null)
            {
                run.Error(row, ImportKinds.PlanLessonType,
                    $"неизвестный тип урока «{typeText}»; допустимы: {string.Join(", ", PlanTopicFields.Types.Select(t => "«" + t.Title + "»"))}");
            }
        }

        var checks = new Checks();
        var topic = new PlanTopicFields(
            run.Cell(row, ImportKinds.PlanSection), run.Cell(row, ImportKinds.PlanTitle), hours, type, run.Cell(row, ImportKinds.PlanHomework)).Check(checks);
        run.Refusals(row, checks.Errors, field => ColumnOf.GetValueOrDefault(field, ImportKinds.PlanTitle));
        return run.Errors.Count > errors ? null : topic;
    }

    private async Task<int> CountExistingAsync(PlanRef plan, CancellationToken ct) => plan.AssignmentId is { } assignmentId
        ? await db.PlanTopics.CountAsync(t => db.LessonPlans.Any(p => p.Id == t.LessonPlanId && p.TeachingAssignmentId == assignmentId), ct)
        : await db.PlanTopics.CountAsync(t => t.LessonPlanId == plan.TemplateId, ct);

    private static ImportResult Failed(IReadOnlyList<ImportError> errors) => new(ImportKind.LessonPlan, null, 0, [], [], errors, false);
}
