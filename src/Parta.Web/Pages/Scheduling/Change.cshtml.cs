using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// A lesson of a date and what can happen to it: another teacher (free ones who teach its subject offered first),
/// cancelled, moved to another number or room. Each is its own small form; each posts to <see cref="RecordLessonChange"/>.
/// </summary>
public sealed class ChangeModel(PartaDbContext db, SuggestSubstitutes suggest, RecordLessonChange record) : PageModel
{
    /// <summary>Reasons a deputy director types most often (the field takes any text).</summary>
    public static readonly string[] CommonReasons = ["болезнь", "курсы повышения квалификации", "командировка", "отпуск", "семейные обстоятельства"];

    [BindProperty(SupportsGet = true)]
    public Guid LessonId { get; set; }

    [BindProperty]
    [Display(Name = "Кто проведёт урок")]
    public Guid? SubstituteId { get; set; }

    [BindProperty]
    [Display(Name = "Причина")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Номер урока")]
    public int? NewNumber { get; set; }

    [BindProperty]
    [Display(Name = "Кабинет")]
    public Guid? RoomId { get; set; }

    public DayLesson Lesson { get; private set; } = null!;

    public IReadOnlyList<SubstituteChoice> Choices { get; private set; } = [];

    public IReadOnlyList<RoomChoice> Rooms { get; private set; } = [];

    /// <summary>Which form was sent (its errors are shown in it): Substitute, Cancel or Move.</summary>
    public string? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(null, ct);

    public Task<IActionResult> OnPostSubstituteAsync(CancellationToken ct) =>
        RecordAsync("Substitute", new RecordLessonChange.Request(LessonChangeKind.Substitution, LessonId, Reason, SubstituteId), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        RecordAsync("Cancel", new RecordLessonChange.Request(LessonChangeKind.Cancelled, LessonId, Reason), ct);

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        RecordAsync("Move", new RecordLessonChange.Request(LessonChangeKind.Moved, LessonId, Reason, NewNumber: NewNumber, RoomId: RoomId), ct);

    private async Task<IActionResult> RecordAsync(string form, RecordLessonChange.Request request, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await record.HandleAsync(request, ct);
            if (result.Succeeded)
            {
                this.Tell($"{ScheduleRules.Title(request.Kind)}: изменение внесено.");
                return Redirect($"/Scheduling/Changes?date={result.Value.Date:yyyy-MM-dd}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return await ShowAsync(form, ct);
    }

    private async Task<IActionResult> ShowAsync(string? posted, CancellationToken ct)
    {
        var found = await DayLessons.LoadAsync(db, db.Lessons.Where(l => l.Id == LessonId), ct);
        if (found.Count == 0)
        {
            return NotFound();
        }

        Lesson = found[0];
        Posted = posted;
        Choices = (await suggest.HandleAsync(new SuggestSubstitutes.Request(LessonId), ct)).Value;
        Rooms = (await db.Rooms.AsNoTracking().Select(r => new RoomChoice(r.Id, r.Name)).ToListAsync(ct)).OrderBy(r => r.Name, RoomOrder.Instance).ToList();
        NewNumber ??= Lesson.Number;
        RoomId ??= Lesson.RoomId;
        return Page();
    }
}
