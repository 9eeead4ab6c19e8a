using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Importing;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.Web.Pages.Movement;

/// <summary>Отчёт о движении учащихся за период.</summary>
public sealed class ReportModel(GetMovementReport report) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<MovementReportLine> Lines { get; private set; } = [];
    public MovementReportLine? Total { get; private set; }

    public async Task<IActionResult> OnGetXlsxAsync(DateOnly? from, DateOnly? to)
    {
        if (await LoadAsync(from, to) is { } refused)
        {
            return refused;
        }

        var reasons = Enum.GetValues<WithdrawalReason>();
        var ru = System.Globalization.CultureInfo.InvariantCulture;
        var bytes = SpreadsheetFile.WriteXlsx("Движение",
            ["Класс", "На начало", "Прибыло из других школ", "Прибыло из других классов", "Выбыло в другие классы", "Переведены в следующий класс",
             .. reasons.Select(r => $"Выбыло: {r.Title()}"), "На конец"],
            Lines.Append(Total!).Select(l => (IReadOnlyList<string>)
            [
                l.ClassName, l.AtStart.ToString(ru), l.Arrived.ToString(ru), l.TransferredIn.ToString(ru), l.TransferredOut.ToString(ru), l.Promoted.ToString(ru),
                .. reasons.Select(r => l.Withdrawn.GetValueOrDefault(r).ToString(ru)), l.AtEnd.ToString(ru),
            ]));
        return File(bytes, SpreadsheetFile.XlsxContentType, $"движение-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.xlsx");
    }

    public async Task<IActionResult> OnGetAsync(DateOnly? from, DateOnly? to) => await LoadAsync(from, to) ?? Page();

    private async Task<IActionResult?> LoadAsync(DateOnly? from, DateOnly? to)
    {
        var result = await report.HandleAsync(new GetMovementReport.Request(from, to), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            (From, To) = (from ?? default, to ?? default);
            return this.Refused(result) ?? Page();
        }

        (From, To, Lines, Total) = (result.Value.From, result.Value.To, result.Value.Classes, result.Value.Total);
        return null;
    }
}
