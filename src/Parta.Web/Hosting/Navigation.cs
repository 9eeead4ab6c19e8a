using Parta.Access;
using Parta.Web.Hosting.Modules;

namespace Parta.Web.Hosting;

/// <summary>One entry of the main navigation, shown only to users with its permission.</summary>
public sealed record NavItem(string Title, string Href, string? Permission)
{
    /// <summary>Shown only to the school's staff (a permission that families hold too, for a page of staff's own work).</summary>
    public bool StaffOnly { get; init; }

    /// <summary>Other permissions that show the entry too (any one of them, or <see cref="Permission"/>, is enough).</summary>
    public IReadOnlyList<string> OrAny { get; init; } = [];
}

/// <summary>A group of entries: a drop-down menu titled <see cref="Title"/>, or plain links when it has no title.</summary>
public sealed record NavSection(string? Title, IReadOnlyList<NavItem> Items);

/// <summary>The main navigation in one place: each module contributes its entries, each with the permission it needs.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavSection> Sections =
    [
        new(null, [new("Главная", "/", null), new("Школы", "/Admin/Schools", Permissions.SchoolsManage)]),
        new("Школа", OrganisationModule.Navigation),
        new("Люди", PeopleModule.Navigation),
        new(null, DiaryModule.Navigation),
        new(null, MovementModule.Navigation),
        new("Расписание", SchedulingModule.Navigation),
        new("Журнал", [.. JournalModule.Navigation, .. GradingModule.Navigation, .. PlanningModule.Navigation]),
        new(null, ReportsModule.Navigation),
        new(null, NotificationsModule.Navigation),
        new(null, ImportingModule.Navigation),
        new(null, [new("История изменений", "/Auditing", Permissions.AuditView)]),
    ];

    /// <summary>The sections as this user sees them: only permitted entries; a titled section of one entry becomes a plain link.</summary>
    public static IEnumerable<NavSection> For(EffectivePermissions permissions)
    {
        foreach (var section in Sections)
        {
            var items = section.Items.Where(i => Allowed(i, permissions)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            yield return new NavSection(items.Count == 1 ? null : section.Title, items);
        }
    }

    /// <summary>
    /// The address of the entry a page belongs to: the longest entry address the path starts with, so that
    /// «/Scheduling/Week» is «Расписание на неделю» and not also «Расписание» (<c>/Scheduling</c>).
    /// </summary>
    public static string? Current(IEnumerable<NavSection> sections, string path) =>
        sections.SelectMany(s => s.Items).Select(i => i.Href)
            .Where(href => href == "/"
                ? path == "/"
                : path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(href => href.Length)
            .FirstOrDefault();

    private static bool Allowed(NavItem item, EffectivePermissions permissions) =>
        (item.Permission is null || permissions.Has(item.Permission) || item.OrAny.Any(permissions.Has))
        && (!item.StaffOnly || permissions.Roles.Any(r => r is not (SchoolRole.Parent or SchoolRole.Student)));
}
