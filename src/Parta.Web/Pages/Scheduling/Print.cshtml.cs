using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>The school's weekly timetable for printing: one table per day, classes down, lesson numbers across.</summary>
public sealed class PrintModel(GetPrintableTimetable getTimetable) : PageModel
{
    public PrintableTimetable Timetable { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? timetableId, CancellationToken ct)
    {
        var result = await getTimetable.HandleAsync(new GetPrintableTimetable.Request(timetableId), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        Timetable = result.Value;
        return Page();
    }

    public static string WeeksMark(WeekParity weeks) => weeks switch
    {
        WeekParity.Odd => "нечёт.",
        WeekParity.Even => "чёт.",
        _ => "",
    };
}
