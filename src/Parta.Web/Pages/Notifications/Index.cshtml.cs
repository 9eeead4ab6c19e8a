using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Notifications;

namespace Parta.Web.Pages.Notifications;

/// <summary>«Уведомления»: per child (and per themself, a student from grade 5), what to be told of by e-mail and when.</summary>
public sealed class IndexModel(GetNotificationSettings get, SaveNotificationSettings save) : PageModel
{
    public sealed class StudentInput
    {
        public Guid StudentId { get; set; }
        public List<string> Kinds { get; set; } = [];
        public int LowMarkThreshold { get; set; } = NotificationSubscription.DefaultLowMarkThreshold;
        public string Mode { get; set; } = "instant";
        public int DigestHour { get; set; } = Parta.Notifications.NotificationSubscription.DefaultDigestHour;
    }

    public NotificationSettingsView Settings { get; private set; } = new([]);

    [BindProperty]
    public List<StudentInput> Students { get; set; } = [];

    public static IReadOnlyList<NotificationKind> Kinds { get; } = Enum.GetValues<NotificationKind>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = (await get.HandleAsync(ct)).Value;
        Students = Settings.Students.Select(s => new StudentInput
        {
            StudentId = s.StudentId, Kinds = s.Kinds.ToList(), LowMarkThreshold = s.LowMarkThreshold, Mode = s.Mode, DigestHour = s.DigestHour,
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await save.HandleAsync(new SaveNotificationSettings.Request(
            Students.Select(s => new SaveNotificationSettings.Item(s.StudentId, s.Kinds, s.LowMarkThreshold, s.Mode, s.DigestHour)).ToList()), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            Settings = (await get.HandleAsync(ct)).Value;
            return Page();
        }

        this.Tell("Настройки уведомлений сохранены.");
        return RedirectToPage();
    }
}
