using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>The class and period pickers of a class report (<c>_ReportFilters</c>), and its download links.</summary>
/// <param name="Page">The report's address, e.g. <c>/Reports/ClassPeriod</c>.</param>
/// <param name="Scope">The class and period shown.</param>
/// <param name="Downloads">The file handlers offered, e.g. <c>("Pdf", "Скачать PDF")</c>.</param>
public sealed record ReportFilter(string Page, ReportScope Scope, IReadOnlyList<(string Handler, string Title)> Downloads)
{
    /// <summary>Offers «Год» among the periods (the summary sheet); <see cref="YearChosen"/> when it is shown.</summary>
    public bool OffersYear { get; init; }

    public bool YearChosen { get; init; }

    /// <summary>The chosen period as the query names it: its id, or «year».</summary>
    public string PeriodValue => YearChosen ? "year" : Scope.Period.Id.ToString();

    /// <summary>Extra query parameters of the downloads (a chosen student); another class or period is chosen afresh.</summary>
    public IReadOnlyList<(string Name, string Value)> Extra { get; init; } = [];

    public string DownloadHref(string handler)
    {
        var query = $"{Page}?handler={handler}&classId={Scope.Class.Id}&periodId={PeriodValue}";
        return Extra.Aggregate(query, (q, p) => q + $"&{p.Name}={Uri.EscapeDataString(p.Value)}");
    }
}
