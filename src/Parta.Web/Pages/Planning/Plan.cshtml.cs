using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Data;
using Parta.Importing;
using Parta.Planning;

namespace Parta.Web.Pages.Planning;

/// <summary>
/// The plan editor of a teaching assignment (<c>?assignmentId=</c>) or a template (<c>?templateId=</c>): the topics with
/// their planned dates, a topic added or changed in the form under them, moved or deleted in its row; copied to parallel
/// classes; loaded from XLSX in two steps (check, apply) and downloaded as XLSX.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class PlanModel(
    GetLessonPlan read, SavePlanTopic save, DeletePlanTopic delete, MovePlanTopic move, CopyLessonPlan copy,
    ImportLessonPlan import, ExportLessonPlan export, ImportFileStore files, CurrentUser currentUser) : PageModel, IVersionedForm
{
    private const long MaxRequestBytes = SpreadsheetFile.MaxBytes + 64 * 1024;

    /// <summary>The topic form's fields, named as <see cref="PlanTopicFields"/> so that refusals land beside them.</summary>
    public sealed class TopicInput
    {
        [Display(Name = "Раздел (необязательно)")]
        public string? Section { get; set; }

        [Display(Name = "Тема")]
        public string? Title { get; set; }

        [Display(Name = "Часы")]
        public int? Hours { get; set; } = 1;

        [Display(Name = "Тип урока")]
        public LessonType? LessonType { get; set; } = Parta.Planning.LessonType.Combined;

        [Display(Name = "Домашнее задание (необязательно)")]
        public string? Homework { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? AssignmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TemplateId { get; set; }

    /// <summary>The topic in the form (none: a new topic).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? TopicId { get; set; }

    /// <summary>The plan's version the page was opened with.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    public TopicInput Fields { get; set; } = new();

    [BindProperty]
    public List<Guid> CopyTo { get; set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? Token { get; set; }

    public GetLessonPlan.LessonPlanView Plan { get; private set; } = null!;

    public ImportResult? Imported { get; private set; }

    public string? UploadedName { get; private set; }

    private PlanRef Ref => AssignmentId is { } a ? PlanRef.Assignment(a) : PlanRef.Template(TemplateId ?? Guid.Empty);

    private string Here => "/Planning/Plan?" + Ref.Query;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        Version = Plan.Version;
        if (TopicId is { } topicId)
        {
            var topic = Plan.Topics.FirstOrDefault(t => t.Id == topicId);
            if (topic is null)
            {
                return NotFound();
            }

            Fields = new TopicInput { Section = topic.Section, Title = topic.Title, Hours = topic.Hours, LessonType = topic.LessonType, Homework = topic.Homework };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var fields = new PlanTopicFields(Fields.Section, Fields.Title, Fields.Hours, Fields.LessonType, Fields.Homework);
            var result = await save.HandleAsync(new SavePlanTopic.Request(Ref, TopicId, fields, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(TopicId is null ? $"Тема «{result.Value.Title}» добавлена." : $"Тема «{result.Value.Title}» сохранена.");
                return Redirect(Here + "#topics");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid topicId, CancellationToken ct)
    {
        var result = await delete.HandleAsync(new DeletePlanTopic.Request(Ref, topicId, Version), ct);
        if (result.Succeeded)
        {
            this.Tell($"Тема «{result.Value.Title}» удалена.");
            return Redirect(Here + "#topics");
        }

        TopicId = null;
        return this.Refused(result) ?? await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid topicId, bool up, CancellationToken ct)
    {
        var result = await move.HandleAsync(new MovePlanTopic.Request(Ref, topicId, up, Version), ct);
        if (result.Succeeded)
        {
            this.Tell($"Тема «{result.Value.Title}» перемещена {(up ? "выше" : "ниже")}.");
            return Redirect(Here + "#topic-" + topicId);
        }

        TopicId = null;
        return this.Refused(result) ?? await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        var result = await copy.HandleAsync(new CopyLessonPlan.Request(Ref, CopyTo), ct);
        if (result.Succeeded)
        {
            this.Tell($"Скопировано: {RussianPlural.Count(result.Value.Topics, "тема", "темы", "тем")} в {RussianPlural.Count(result.Value.Plans, "нагрузку", "нагрузки", "нагрузок")}.");
            return Redirect(Here);
        }

        TopicId = null;
        return this.Refused(result) ?? await ShowAsync(ct);
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var file = await export.HandleAsync(new ExportLessonPlan.Request(Ref), ct);
        return file.Succeeded ? File(file.Value.Content, SpreadsheetFile.XlsxContentType, file.Value.Name) : this.Refused(file) ?? NotFound();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        TopicId = null;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Выберите файл XLSX или CSV.");
            return await ShowAsync(ct);
        }

        if (Upload.Length > SpreadsheetFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), SpreadsheetFile.TooBig);
            return await ShowAsync(ct);
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
            return await ShowAsync(ct);
        }

        UploadedName = fileName;
        var result = await import.HandleAsync(new ImportLessonPlan.Request(Ref, fileName, content, Apply: false), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? await ShowAsync(ct);
        }

        Imported = result.Value;
        Token = Imported.HasErrors ? null : await files.SaveAsync(SchoolId, fileName, content, ct);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        TopicId = null;
        if (Token is not { } token || await files.LoadAsync(SchoolId, token, ct) is not { } loaded)
        {
            ModelState.AddModelError(nameof(Upload), "Файл для применения не найден: загрузите его ещё раз.");
            return await ShowAsync(ct);
        }

        var (fileName, content) = loaded;
        var result = await import.HandleAsync(new ImportLessonPlan.Request(Ref, fileName, content, Apply: true, Version), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? await ShowAsync(ct);
        }

        if (result.Value.Applied)
        {
            files.Delete(SchoolId, token);
            this.Tell($"КТП загружено из файла: {RussianPlural.Count(result.Value.Lines.Count, "тема", "темы", "тем")}.");
            return Redirect(Here);
        }

        Imported = result.Value;
        return await ShowAsync(ct);
    }

    private Guid SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("No current school.");

    /// <summary>The page again after a refusal: what was typed stays; the plan as it is now.</summary>
    private async Task<IActionResult> ShowAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (AssignmentId is null && TemplateId is null)
        {
            return NotFound();
        }

        var result = await read.HandleAsync(new GetLessonPlan.Request(Ref), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Plan = result.Value;
        return null;
    }
}
