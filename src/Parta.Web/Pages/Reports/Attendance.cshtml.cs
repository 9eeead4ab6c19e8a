using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>«Посещаемость» for a date range (<see cref="GetAttendanceReport"/>): the school, a class or a student; on screen and as XLSX.</summary>
public sealed class AttendanceModel(GetAttendanceReport getReport) : PageModel
{
    [BindProperty(SupportsGet = true), Display(Name = "С")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true), Display(Name = "По")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    /// <summary>The report; null when the range was refused (the message is beside the field).</summary>
    public AttendanceReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await getReport.HandleAsync(new GetAttendanceReport.Request(From, To, ClassId, StudentId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Page();
        }

        Report = result.Value;
        From = Report.From;
        To = Report.To;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await getReport.HandleAsync(new GetAttendanceReport.Request(From, To, ClassId, StudentId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        return File(TableXlsx.Render(result.Value.Table), TableXlsx.ContentType, "Посещаемость.xlsx");
    }
}
