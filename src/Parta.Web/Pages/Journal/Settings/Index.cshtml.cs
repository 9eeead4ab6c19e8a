using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;

namespace Parta.Web.Pages.Journal.Settings;

/// <summary>
/// Виды работ: the school's work types with their weights, one added or changed in the form beside the list, one
/// archived or brought back, one never used deleted.
/// </summary>
public sealed class IndexModel(PartaDbContext db, CurrentUser currentUser, SaveWorkType save, ArchiveWorkType archive, DeleteWorkType delete)
    : PageModel, IVersionedForm
{
    public sealed record Row(WorkTypeInfo WorkType, uint Version, int Assessments);

    /// <summary>The work type being changed (none: a new one).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Код (латиницей)")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Вес")]
    public string? Weight { get; set; }

    [BindProperty]
    [Display(Name = "Можно задать всему классу как домашнюю")]
    public bool ForHomework { get; set; }

    [BindProperty]
    [Display(Name = "Порядок в списке (необязательно)")]
    public int? SortOrder { get; set; }

    public IReadOnlyList<Row> WorkTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is { } id)
        {
            var workType = await db.WorkTypes.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
            if (workType is null)
            {
                return NotFound();
            }

            (Name, Code, Weight, ForHomework, SortOrder, Version) =
                (workType.Name, workType.Code, SaveWorkType.ShowWeight(workType.Weight), workType.ForHomework, workType.SortOrder, workType.Version);
        }
        else
        {
            Weight = "1";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            return await this.AfterSaveAsync(
                await save.HandleAsync(new SaveWorkType.Request(Id, Code, Name, Weight, ForHomework, SortOrder, Version), ct),
                w => Id is null
                    ? $"Вид работы «{w.Name}» добавлен, вес {SaveWorkType.ShowWeight(w.Weight)}."
                    : $"Вид работы «{w.Name}» сохранён, вес {SaveWorkType.ShowWeight(w.Weight)}.",
                "/Journal/Settings", () => LoadAsync(ct));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid workTypeId, bool archived, uint? version, CancellationToken ct) =>
        await this.AfterSaveAsync(
            await archive.HandleAsync(new ArchiveWorkType.Request(workTypeId, archived, version), ct),
            w => w.Archived
                ? $"Вид работы «{w.Name}» отправлен в архив: для новых заданий он не предлагается."
                : $"Вид работы «{w.Name}» возвращён из архива.",
            "/Journal/Settings", () => ReloadAfterRowActionAsync(ct));

    public async Task<IActionResult> OnPostDeleteAsync(Guid workTypeId, CancellationToken ct) =>
        await this.AfterSaveAsync(
            await delete.HandleAsync(new DeleteWorkType.Request(workTypeId), ct),
            w => $"Вид работы «{w.Name}» удалён.", "/Journal/Settings", () => ReloadAfterRowActionAsync(ct));

    /// <summary>A row's button was refused: the list again, the form empty.</summary>
    private async Task ReloadAfterRowActionAsync(CancellationToken ct)
    {
        Id = null;
        Weight = "1";
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var settings = await JournalSettings.LoadAsync(db, currentUser.SchoolId!.Value, ct);
        var extra = await db.WorkTypes.AsNoTracking()
            .Select(w => new { w.Id, w.Version, Assessments = db.Assessments.Count(a => a.WorkTypeId == w.Id) })
            .ToDictionaryAsync(w => w.Id, ct);
        WorkTypes = settings.WorkTypes
            .Select(w => new Row(w, extra.TryGetValue(w.Id, out var e) ? e.Version : 0, extra.TryGetValue(w.Id, out var n) ? n.Assessments : 0))
            .ToList();
    }
}
