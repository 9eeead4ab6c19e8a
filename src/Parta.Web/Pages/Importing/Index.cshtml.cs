using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Importing;

namespace Parta.Web.Pages.Importing;

/// <summary>
/// Import from a spreadsheet in two steps — «Проверить» (every row validated, nothing written) and «Применить» (all in
/// one transaction) — plus the templates and the exports. The uploaded file waits for «Применить» in
/// <see cref="ImportFileStore"/>, named by a token the form carries back. Which kinds the user may load is the use
/// case's rule (<see cref="ImportKinds.Permission"/>); the page only offers those.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class IndexModel(
    ImportSpreadsheet import, ExportSpreadsheet export, ImportFileStore files, PermissionResolver resolver, CurrentUser currentUser) : PageModel
{
    private const long MaxRequestBytes = SpreadsheetFile.MaxBytes + 64 * 1024;

    /// <summary>The kind chosen (a link may open the page on one: <c>?kind=timetable</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = ImportKind.Students.Code();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? Token { get; set; }

    public IReadOnlyList<ImportKind> Allowed { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    public string? UploadedName { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>
    /// The page is open to a signed-in user (the declaration), and serves only those who may import some kind: people
    /// (people.edit), the school's structure (school.edit) or the timetable (schedule.edit, a deputy director's right) —
    /// anyone else gets 403 before any handler runs.
    /// </summary>
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Allowed = await AllowedKindsAsync();
        if (Allowed.Count == 0)
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    public Task<IActionResult> OnGetTemplateAsync(string kind, CancellationToken ct) => DownloadAsync(kind, templateOnly: true, ct);

    public Task<IActionResult> OnGetExportAsync(string kind, CancellationToken ct) => DownloadAsync(kind, templateOnly: false, ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (ParseKind(Kind) is not { } kind)
        {
            ModelState.AddModelError(nameof(Kind), "Выберите, что загружаете.");
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Выберите файл XLSX или CSV.");
            return Page();
        }

        if (Upload.Length > SpreadsheetFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), SpreadsheetFile.TooBig);
            return Page();
        }

        var fileName = Path.GetFileName(Upload.FileName);
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        if (SpreadsheetFile.Problem(fileName, content) is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }

        UploadedName = fileName;
        var result = await import.HandleAsync(new ImportSpreadsheet.Request(kind, fileName, content, Apply: false), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Page();
        }

        Result = result.Value;
        Token = Result.HasErrors ? null : await files.SaveAsync(SchoolId, fileName, content, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (ParseKind(Kind) is not { } kind)
        {
            return NotFound();
        }

        if (Token is not { } token || await files.LoadAsync(SchoolId, token, ct) is not { } loaded)
        {
            ModelState.AddModelError(nameof(Upload), "Файл для применения не найден: загрузите его ещё раз.");
            return Page();
        }

        var (fileName, content) = loaded;
        UploadedName = fileName;
        var result = await import.HandleAsync(new ImportSpreadsheet.Request(kind, fileName, content, Apply: true), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Page();
        }

        Result = result.Value;
        if (Result.Applied)
        {
            files.Delete(SchoolId, token);
            Token = null;
        }

        return Page();
    }

    private async Task<IActionResult> DownloadAsync(string kind, bool templateOnly, CancellationToken ct)
    {
        if (ParseKind(kind) is not { } k)
        {
            return NotFound();
        }

        var file = await export.HandleAsync(new ExportSpreadsheet.Request(k, templateOnly), ct);
        return file.Succeeded ? File(file.Value.Content, SpreadsheetFile.XlsxContentType, file.Value.Name) : this.Refused(file) ?? NotFound();
    }

    private Guid SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("No current school.");

    /// <summary>The kinds offered in the form: those whose permission the user has.</summary>
    private async Task<IReadOnlyList<ImportKind>> AllowedKindsAsync()
    {
        var permissions = await resolver.GetAsync(HttpContext.RequestAborted);
        return ImportKinds.All.Where(k => permissions.Has(k.Permission())).ToList();
    }

    private static ImportKind? ParseKind(string? code) => ImportKinds.TryParse(code, out var kind) ? kind : null;
}
