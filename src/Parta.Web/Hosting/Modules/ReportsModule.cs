using Parta.Access;
using Parta.Reports;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Reports module: the class teacher's period report, the summary sheet, student progress and the other reports of
/// a class and period, on screen (with a print layout), as XLSX and PDF (<see cref="Parta.Printing.ReportTable"/>), and
/// the reports' API. Everything the module adds to the host is registered here: services, page security, endpoints,
/// navigation.
/// </summary>
public static class ReportsModule
{
    /// <summary>The module's entry of the main navigation: the list of reports.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Отчёты", "/Reports", Permissions.ReportsClass) { OrAny = [Permissions.ReportsSchool] },
    ];

    public static IServiceCollection AddReportsModule(this IServiceCollection services)
    {
        // Who opens which class's reports, and the list of reports.
        services.AddScoped<ReportAccess>().AddScoped<ListReports>();

        // The class teacher's period report.
        services.AddScoped<GetClassPeriodReport>();

        // The class summary sheet and the students' progress.
        services.AddScoped<GetClassSummary>().AddScoped<GetStudentProgress>();

        // School-wide reports: journal filling control, attendance for a date range, the director's overview.
        services.AddScoped<GetJournalFilling>().AddScoped<GetAttendanceReport>().AddScoped<GetSchoolOverview>();

        // The printed documents: the journal archive, the report cards, the letters to parents (PDF).
        services.AddScoped<GetJournalArchiveChoices>().AddScoped<GetJournalArchive>()
            .AddScoped<GetReportCard>().AddScoped<GetClassReportCards>().AddScoped<GetParentLetters>();

        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
        // Every signed-in user reaches the pages; which class (or student) a report may be asked for is the resource rule
        // of ReportAccess: reports.school for every class of the school, reports.class for the classes the user leads;
        // another school's class is 404, everyone else 403 (parents and students included).
        pages.Page("/Reports/Index", read: PageAccess.SignedIn);
        pages.Page("/Reports/ClassPeriod", read: PageAccess.SignedIn);
        pages.Page("/Reports/Summary", read: PageAccess.SignedIn);
        pages.Page("/Reports/Progress", read: PageAccess.SignedIn);

        // Journal filling control: reports.school sees the school, journal.edit.own a teacher's own journals (GetJournalFilling).
        pages.Page("/Reports/Filling", read: PageAccess.SignedIn).Get("Xlsx", PageAccess.SignedIn);

        // Attendance: reports.school any class, reports.class the classes one leads (ReportAccess).
        pages.Page("/Reports/Attendance", read: PageAccess.SignedIn).Get("Xlsx", PageAccess.SignedIn);

        // The printed documents: a class's (archive, the class's report cards and letters) by ReportAccess's class rule; a
        // student's report card and letter also for the student and their parents (ReportAccess.StudentAsync).
        pages.Page("/Reports/Archive", read: PageAccess.SignedIn);
        pages.Page("/Reports/ReportCard/Index", read: PageAccess.SignedIn);
        pages.Page("/Reports/ReportCard/Class", read: PageAccess.SignedIn);
        pages.Page("/Reports/Letter", read: PageAccess.SignedIn);

        // The director's overview of the school.
        pages.Page("/Reports/Overview", read: Permissions.ReportsSchool).Get("Xlsx", Permissions.ReportsSchool);
    }

    public static void MapReportsModule(this IEndpointRouteBuilder app)
    {
        // The reports' API.
        app.MapReportsApi();
    }
}
