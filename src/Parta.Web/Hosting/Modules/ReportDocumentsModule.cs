using Parta.Reports;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The printed documents of the Reports module: the journal archive, the report cards and the information letters to
/// parents (PDF). Their pages are reached by any signed-in user; who may print which class or student is the resource
/// rule of <see cref="StudentReportAccess"/> (reports.school, the class teacher with reports.class, a parent for their
/// own children, a student for themself).
/// </summary>
public static class ReportDocumentsModule
{
    public static IServiceCollection AddReportDocuments(this IServiceCollection services) =>
        services.AddScoped<StudentReportAccess>()
            .AddScoped<GetJournalArchiveChoices>().AddScoped<GetJournalArchive>()
            .AddScoped<GetReportCard>().AddScoped<GetClassReportCards>()
            .AddScoped<GetParentLetters>();

    public static void DeclareReportDocumentPages(PagePermissions pages)
    {
        pages.Page("/Reports/Archive", read: PageAccess.SignedIn);
        pages.Page("/Reports/ReportCard/Index", read: PageAccess.SignedIn);
        pages.Page("/Reports/ReportCard/Class", read: PageAccess.SignedIn);
        pages.Page("/Reports/Letter", read: PageAccess.SignedIn);
    }
}
