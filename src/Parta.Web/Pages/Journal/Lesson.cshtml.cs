using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Journal;

namespace Parta.Web.Pages.Journal;

/// <summary>
/// The lesson panel of the journal: topic (the plan's until the teacher writes another), homework text and files, and
/// the lesson's assessments (columns of marks). Each form calls one use case; a closed period asks for a reason.
/// </summary>
public sealed partial class LessonModel(
    GetJournalLesson getLesson, SaveLessonDetails saveDetails, AddAssessment addAssessment, ChangeAssessment changeAssessment,
    AttachHomeworkFile attachFile, RemoveHomeworkFile removeFile, GetHomeworkFile getFile, SetStudentComment setComment) : PageModel
{
    /// <summary>A row of the comments form: the student, the comment as it was when the form was opened, and as typed.</summary>
    public sealed class CommentRow
    {
        public Guid StudentId { get; set; }
        public string? Was { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty]
    public List<CommentRow> Comments { get; set; } = [];

    /// <summary>The refusals of the comments form, by student (shown beside their field).</summary>
    public Dictionary<Guid, string> CommentErrors { get; } = [];

    /// <summary>What the user typed for the student when the form comes back with errors; null otherwise.</summary>
    public string? CommentFor(Guid studentId) =>
        CommentErrors.Count == 0 ? null : Comments.FirstOrDefault(c => c.StudentId == studentId)?.Text;

    [BindProperty(SupportsGet = true)]
    public Guid LessonId { get; set; }

    [BindProperty, Display(Name = "Тема урока")]
    public string? Topic { get; set; }

    [BindProperty, Display(Name = "Домашнее задание")]
    public string? Homework { get; set; }

    [BindProperty, Display(Name = "Причина изменения (период закрыт)")]
    public string? Reason { get; set; }

    [BindProperty, Display(Name = "Вид работы")]
    public Guid? WorkTypeId { get; set; }

    [BindProperty, Display(Name = "Название задания")]
    public string? Title { get; set; }

    public JournalLessonView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var shown = await LoadAsync(ct);
        if (shown is not null)
        {
            return shown;
        }

        Topic = View.Topic ?? View.PlannedTopic;
        Homework = View.Homework ?? View.PlannedHomework;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The plan's topic kept as it was prefilled stays «по КТП» (it follows the plan if the plan changes).
        var planned = await getLesson.HandleAsync(new GetJournalLesson.Request(LessonId), ct);
        var topic = planned.Succeeded && string.Equals(Topic?.Trim(), planned.Value.PlannedTopic, StringComparison.Ordinal) ? null : Topic;
        var result = await saveDetails.HandleAsync(new SaveLessonDetails.Request(LessonId, topic, Homework, Reason), ct);
        return await AfterAsync(result.Errors, "Тема и домашнее задание сохранены.", ct);
    }

    public async Task<IActionResult> OnPostAddAssessmentAsync(CancellationToken ct)
    {
        var result = await addAssessment.HandleAsync(new AddAssessment.Request(LessonId, WorkTypeId, null, Title, Reason), ct);
        return await AfterAsync(result.Errors, "Задание добавлено: в журнале появился столбец отметок.", ct);
    }

    public async Task<IActionResult> OnPostChangeAssessmentAsync(Guid assessmentId, bool remove, CancellationToken ct)
    {
        var result = await changeAssessment.HandleAsync(new ChangeAssessment.Request(assessmentId, WorkTypeId, Title, remove, Reason), ct);
        return await AfterAsync(result.Errors, remove ? "Задание удалено." : "Задание изменено.", ct);
    }

    /// <summary>Saves the comments that were changed, each through <see cref="SetStudentComment"/>; the refused ones are shown by their rows.</summary>
    public async Task<IActionResult> OnPostCommentsAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!View.Editable)
        {
            return Forbid();
        }

        var saved = 0;
        foreach (var row in Comments.Take(100))
        {
            if (string.Equals(row.Text?.Trim() ?? "", row.Was?.Trim() ?? "", StringComparison.Ordinal))
            {
                continue;
            }

            var result = await setComment.HandleAsync(new SetStudentComment.Request(LessonId, row.StudentId, row.Text, Reason), ct);
            if (result.Succeeded)
            {
                saved++;
                continue;
            }

            if (result.Errors.Any(e => e.Kind is Parta.Common.ErrorKind.Forbidden || (e.Kind is Parta.Common.ErrorKind.NotFound && e.Field is null)))
            {
                return this.Refused(result) ?? Forbid();
            }

            if (result.Errors.Any(e => e is JournalWrite.ReasonNeeded))
            {
                return await AfterAsync(result.Errors, "", ct);
            }

            CommentErrors[row.StudentId] = string.Join(" ", result.Errors.Select(e => e.Message));
        }

        if (CommentErrors.Count > 0)
        {
            ModelState.AddModelError("", $"Не сохранено комментариев: {CommentErrors.Count}; они отмечены в таблице." + (saved > 0 ? $" Сохранено: {saved}." : ""));
            return await LoadAsync(ct) ?? Page();
        }

        return await AfterAsync([], saved == 0 ? "Комментарии не изменились." : $"Сохранено комментариев: {saved}.", ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        byte[] content = [];
        if (file is { Length: > 0 and <= JournalRules.MaxFileBytes })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        var result = await attachFile.HandleAsync(new AttachHomeworkFile.Request(LessonId, file?.FileName ?? "", file?.Length ?? 0, content, Reason), ct);
        return await AfterAsync(result.Errors, "Файл прикреплён.", ct);
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(Guid fileId, CancellationToken ct)
    {
        var result = await removeFile.HandleAsync(new RemoveHomeworkFile.Request(fileId, Reason), ct);
        return await AfterAsync(result.Errors, "Файл удалён.", ct);
    }

    public async Task<IActionResult> OnGetFileAsync(Guid fileId, CancellationToken ct)
    {
        var result = await getFile.HandleAsync(new GetHomeworkFile.Request(fileId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        return File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }

    /// <summary>Homework as text with its web addresses as links; everything else encoded (never the user's HTML).</summary>
    public static IHtmlContent Linked(string text)
    {
        var html = new StringBuilder();
        var last = 0;
        foreach (Match m in WebAddress().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[last..m.Index]));
            var url = WebUtility.HtmlEncode(m.Value);
            html.Append("<a href=\"").Append(url).Append("\" rel=\"noopener noreferrer\" target=\"_blank\">").Append(url).Append("</a>");
            last = m.Index + m.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..]));
        return new HtmlString(html.ToString());
    }

    public static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} КБ" : (bytes / 1024m / 1024m).ToString("0.#", Parta.Common.RussianCulture.Instance) + " МБ";

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await getLesson.HandleAsync(new GetJournalLesson.Request(LessonId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        View = result.Value;
        return null;
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Parta.Common.Error> errors, string done, CancellationToken ct)
    {
        if (errors.Count == 0)
        {
            this.Tell(done);
            return Redirect($"/Journal/Lesson?lessonId={LessonId}");
        }

        if (this.Refused(errors) is { } answer)
        {
            return answer;
        }

        return await LoadAsync(ct) ?? Page();
    }
}
