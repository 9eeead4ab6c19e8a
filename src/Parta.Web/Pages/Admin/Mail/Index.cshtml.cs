using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Notifications;

namespace Parta.Web.Pages.Admin.Mail;

/// <summary>«Почта»: the outbox (to whom, what, its state, attempts, the last error) and a letter's text as it was written.</summary>
public sealed class IndexModel(GetOutbox outbox) : PageModel
{
    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];

    public OutboxLetter? Letter { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var rows = await outbox.HandleAsync(ct);
        if (this.Refused(rows) is { } refused)
        {
            return refused;
        }

        Rows = rows.Value;
        if (id is { } letterId)
        {
            var letter = await outbox.LetterAsync(letterId, ct);
            if (this.Refused(letter) is { } missing)
            {
                return missing;
            }

            Letter = letter.Value;
        }

        return Page();
    }
}
