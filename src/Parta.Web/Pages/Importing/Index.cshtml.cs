using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Importing;

namespace Parta.Web.Pages.Importing;

/// <summary>
/// Import from a spreadsheet in two steps — «Проверить» (every row validated, nothing written) and «Применить» (all in
/// one transaction) — plus the templates and the exports. The uploaded file waits for «Применить» in
/// <see cref="ImportFileStore"/>, named by a token the form carries back.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(
    ImportSpreadsheet import, ExportSpreadsheet export, ImportFileStore files, PermissionResolver resolver, CurrentUser currentUser) : PageModel
{
    private const long MaxRequestBytes = SpreadsheetFile.MaxBytes + 64 * 1024;
    private const string XlsxType = SpreadsheetFile.XlsxContentType;

    [BindProperty]
    public string Kind { get; set; } = ImportKind.Students.Code();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? Token { get; set; }

    public IReadOnlyList<ImportKind> Allowed { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    public string? UploadedName { get; private set; }

    public async Task OnGetAsync() => Allowed = await AllowedKindsAsync();

    public async Task<IActionResult> OnGetTemplateAsync(string kind)
    {
        if (ParseKind(kind) is not { } k)
        {
            return NotFound();
        }

        return await MayAsync(k) ? File(ExportSpreadsheet.Template(k), XlsxType, ExportSpreadsheet.FileName(k, "шаблон")) : Forbid();
    }

    public async Task<IActionResult> OnGetExportAsync(string kind)
    {
        if (ParseKind(kind) is not { } k)
        {
            return NotFound();
        }

        return await MayAsync(k)
            ? File(await export.ExportAsync(k, HttpContext.RequestAborted), XlsxType, ExportSpreadsheet.FileName(k, "экспорт"))
            : Forbid();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Allowed = await AllowedKindsAsync();
        if (ParseKind(Kind) is not { } kind)
        {
            ModelState.AddModelError(nameof(Kind), "Выберите, что загружаете.");
            return Page();
        }

        if (!await MayAsync(kind))
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Выберите файл XLSX или CSV.");
            return Page();
        }

        if (Upload.Length > SpreadsheetFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Файл больше 10 МБ.");
            return Page();
        }

        var fileName = Path.GetFileName(Upload.FileName);
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
            content = buffer.ToArray();
        }

        if (SpreadsheetFile.Problem(fileName, content) is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }

        UploadedName = fileName;
        Result = await import.PreviewAsync(kind, fileName, content, HttpContext.RequestAborted);
        Token = Result.HasErrors ? null : await files.SaveAsync(SchoolId, fileName, content, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync()
    {
        Allowed = await AllowedKindsAsync();
        if (ParseKind(Kind) is not { } kind)
        {
            return NotFound();
        }

        if (!await MayAsync(kind))
        {
            return Forbid();
        }

        if (Token is not { } token || await files.LoadAsync(SchoolId, token, HttpContext.RequestAborted) is not { } loaded)
        {
            ModelState.AddModelError(nameof(Upload), "Файл для применения не найден: загрузите его ещё раз.");
            return Page();
        }

        var (fileName, content) = loaded;
        UploadedName = fileName;
        Result = await import.ApplyAsync(kind, fileName, content, HttpContext.RequestAborted);
        if (Result.Applied)
        {
            files.Delete(SchoolId, token);
            Token = null;
        }

        return Page();
    }

    private Guid SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("No current school.");

    private async Task<IReadOnlyList<ImportKind>> AllowedKindsAsync()
    {
        var permissions = await resolver.GetAsync(HttpContext.RequestAborted);
        return ImportKinds.All.Where(k => permissions.Has(k.Permission())).ToList();
    }

    private async Task<bool> MayAsync(ImportKind kind) => (await resolver.GetAsync(HttpContext.RequestAborted)).Has(kind.Permission());

    private static ImportKind? ParseKind(string? code) => ImportKinds.TryParse(code, out var kind) ? kind : null;
}
