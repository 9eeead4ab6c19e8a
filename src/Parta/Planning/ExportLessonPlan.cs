using System.Globalization;
using Parta.Importing;

namespace Parta.Planning;

/// <summary>«Скачать XLSX»: a plan's topics in the columns of its import, so that the file loads back unchanged.</summary>
public sealed class ExportLessonPlan(GetLessonPlan read)
{
    public sealed record Request(PlanRef Plan);

    public async Task<Result<ExportSpreadsheet.File>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var plan = await read.HandleAsync(new GetLessonPlan.Request(request.Plan), ct);
        if (!plan.Succeeded)
        {
            return plan.Cast<ExportSpreadsheet.File>();
        }

        var kind = ImportKind.LessonPlan;
        var rows = plan.Value.Topics.Select(t => (IReadOnlyList<string>)
        [
            t.Section ?? "", t.Number.ToString(CultureInfo.InvariantCulture), t.Title, t.Hours.ToString(CultureInfo.InvariantCulture),
            PlanRules.Title(t.LessonType), t.Homework ?? "",
        ]);
        var name = plan.Value.Assignment is { } a ? $"ктп-{a.Subject}-{a.ClassOrGroup}" : $"шаблон-ктп-{plan.Value.Subject}-{plan.Value.Grade}";
        return new ExportSpreadsheet.File(
            FileName(name) + ".xlsx", SpreadsheetFile.WriteXlsx(kind.Title(), kind.Columns().Select(c => c.Header).ToList(), rows));
    }

    private static string FileName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : '-').ToArray());
}
