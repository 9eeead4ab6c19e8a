using Parta.Access;
using Parta.Web.Hosting.Modules;

namespace Parta.Web.Hosting;

/// <summary>One entry of the main navigation, shown only to users with its permission.</summary>
public sealed record NavItem(string Title, string Href, string? Permission, bool AnyRoleOnly = false);

/// <summary>The main navigation in one place: modules add their entries here, each with the permission it needs.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("Главная", "/", null),
        new("Школы", "/Admin/Schools", Permissions.SchoolsManage),
        .. OrganisationModule.Navigation,
        .. PeopleModule.Navigation,
        .. MovementModule.Navigation,
        .. ImportingModule.Navigation,
        new("История изменений", "/Auditing", Permissions.AuditView),
        new("API", "/api/reference", null, AnyRoleOnly: true),
    ];

    public static IEnumerable<NavItem> For(EffectivePermissions permissions) =>
        Items.Where(i => i.Permission is null
            ? !i.AnyRoleOnly || permissions.IsSystemAdministrator || permissions.Roles.Any(r => r is not (SchoolRole.Student or SchoolRole.Parent))
            : permissions.Has(i.Permission));
}
