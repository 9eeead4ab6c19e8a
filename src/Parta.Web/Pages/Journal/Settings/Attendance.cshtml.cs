using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;

namespace Parta.Web.Pages.Journal.Settings;

/// <summary>Отметки посещаемости: the school's attendance codes, one added or changed in the form beside the list, one never used deleted.</summary>
public sealed class AttendanceModel(PartaDbContext db, CurrentUser currentUser, SaveAttendanceCode save, DeleteAttendanceCode delete)
    : PageModel, IVersionedForm
{
    public sealed record Row(AttendanceCodeInfo Code, int Cells);

    /// <summary>The code being changed (none: a new one).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Обозначение")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Что означает")]
    public AttendanceKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Считается пропуском урока")]
    public bool IsAbsence { get; set; } = true;

    [BindProperty]
    [Display(Name = "Порядок в списке (необязательно)")]
    public int? SortOrder { get; set; }

    public IReadOnlyList<Row> Codes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is { } id)
        {
            var code = await db.AttendanceCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (code is null)
            {
                return NotFound();
            }

            (Code, Name, Kind, IsAbsence, SortOrder, Version) = (code.Code, code.Name, code.Kind, code.IsAbsence, code.SortOrder, code.Version);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            return await this.AfterSaveAsync(
                await save.HandleAsync(new SaveAttendanceCode.Request(Id, Code, Name, Kind, IsAbsence, SortOrder, Version), ct),
                c => Id is null ? $"Отметка «{c.Code}» добавлена." : $"Отметка «{c.Code}» сохранена.", "/Journal/Settings/Attendance",
                () => LoadAsync(ct));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid attendanceCodeId, CancellationToken ct) =>
        await this.AfterSaveAsync(
            await delete.HandleAsync(new DeleteAttendanceCode.Request(attendanceCodeId), ct),
            c => $"Отметка «{c.Code}» удалена.", "/Journal/Settings/Attendance",
            () =>
            {
                Id = null;
                return LoadAsync(ct);
            });

    private async Task LoadAsync(CancellationToken ct)
    {
        var settings = await JournalSettings.LoadAsync(db, currentUser.SchoolId!.Value, ct);
        var codes = settings.AttendanceCodes.Select(c => c.Code).ToList();
        var cells = await db.Attendance.AsNoTracking().Where(a => a.Code != null && codes.Contains(a.Code))
            .GroupBy(a => a.Code!).Select(g => new { Code = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Code, g => g.Count, ct);
        Codes = settings.AttendanceCodes.Select(c => new Row(c, cells.GetValueOrDefault(c.Code))).ToList();
    }
}
