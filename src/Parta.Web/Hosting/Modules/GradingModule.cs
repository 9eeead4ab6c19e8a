using Parta.Access;
using Parta.Grading;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Grading module: the school's rules for suggesting final marks, a journal's final-mark sheet (period marks with
/// the suggestion and its reason; year, exam and final marks), closing and reopening periods with the check of what is
/// missing, and the final-marks API.
/// </summary>
public static class GradingModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Закрытие периода", "/Grading/Closing", Permissions.PeriodsClose),
    ];

    public static IServiceCollection AddGradingModule(this IServiceCollection services)
    {
        services.AddScoped<GetFinalMarkSheet>().AddScoped<SetFinalMark>().AddScoped<GetStudentFinalMarks>()
            .AddScoped<GetPeriodClosing>().AddScoped<ClosePeriod>().AddScoped<ReopenPeriod>().AddScoped<SaveGradingRules>();
        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
        // The sheet: any signed-in user reaches it; reading follows the journal's rule and writing GradingAccess's
        // (the teacher of the journal; closed periods with journal.edit.closed and a reason).
        pages.Page("/Grading/Sheet", read: PageAccess.SignedIn).Post("Mark", PageAccess.SignedIn);

        // Closing periods: periods.close (director, deputies, the coordinator).
        pages.Page("/Grading/Closing", read: Permissions.PeriodsClose)
            .Post("Close", Permissions.PeriodsClose).Post("CloseSchool", Permissions.PeriodsClose)
            .Post("Reopen", Permissions.PeriodsClose).Post("ReopenSchool", Permissions.PeriodsClose);

        // The rules: the coordinator's, with the other journal settings.
        pages.Page("/Journal/Settings/Grading", read: Permissions.SchoolEdit, write: Permissions.SchoolEdit);
    }

    public static void MapGradingModule(this IEndpointRouteBuilder app) => app.MapGradingApi();
}
