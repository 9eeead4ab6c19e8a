using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// «Подписка на календарь»: the user's iCalendar feeds. A new address is shown once, in the answer to its creation, and
/// never kept; a new one for the same person revokes the old.
/// </summary>
public sealed class CalendarModel(GetCalendarFeeds getFeeds, CreateCalendarFeed create, RevokeCalendarFeed revoke) : PageModel
{
    public CalendarFeedsPage Feeds { get; private set; } = null!;

    /// <summary>The address just made (only in the answer to «Создать ссылку»).</summary>
    public string? CreatedUrl { get; private set; }

    public Guid? StudentId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Feeds = (await getFeeds.HandleAsync(new GetCalendarFeeds.Request(), ct)).Value;

    public async Task<IActionResult> OnPostCreateAsync(Guid? studentId, CancellationToken ct)
    {
        StudentId = studentId;
        var result = await create.HandleAsync(new CreateCalendarFeed.Request(studentId), ct);
        if (result.Succeeded)
        {
            CreatedUrl = $"{Request.Scheme}://{Request.Host}{CalendarFeedTokens.PathOf(result.Value.Token)}";
        }
        else if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid feedId, CancellationToken ct)
    {
        var result = await revoke.HandleAsync(new RevokeCalendarFeed.Request(feedId), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        this.Tell("Ссылка отозвана: календарь по ней больше не обновится.");
        return RedirectToPage();
    }
}
