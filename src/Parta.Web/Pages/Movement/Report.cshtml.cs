using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Importing;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.Web.Pages.Movement;

/// <summary>Отчёт о движении учащихся за период.</summary>
public sealed class ReportModel(PartaDbContext db, GetMovementReport report, TimeProvider time) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<MovementReportLine> Lines { get; private set; } = [];
    public MovementReportLine? Total { get; private set; }

    public async Task<IActionResult> OnGetXlsxAsync(DateOnly? from, DateOnly? to)
    {
        await OnGetAsync(from, to);
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

    public async Task OnGetAsync(DateOnly? from, DateOnly? to)
    {
        var today = await SchoolClock.TodayAsync(db, time);
        var year = await SchoolClock.CurrentYearAsync(db, today);
        To = to ?? today;
        From = from ?? year?.Start ?? To.AddMonths(-1);
        (Lines, Total) = await report.ExecuteAsync(From, To);
    }
}
