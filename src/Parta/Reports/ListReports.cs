using Parta.Access;

namespace Parta.Reports;

/// <summary>A report in the list of «Отчёты»: where it is, what it shows, and the permissions that open it (any one).</summary>
public sealed record ReportEntry(string Title, string Href, string Description, IReadOnlyList<string> AnyOf);

/// <summary>
/// «Отчёты»: every report of the system in one list, each shown to those who hold a permission that opens it. A report
/// adds its line to <see cref="Catalog"/>; which class or student it may then be asked for is <see cref="ReportAccess"/>'s.
/// </summary>
public sealed class ListReports(ReportAccess access)
{
    private static readonly string[] ClassReports = [Permissions.ReportsClass, Permissions.ReportsSchool];

    public static readonly IReadOnlyList<ReportEntry> Catalog =
    [
        new("Отчёт классного руководителя за период", "/Reports/ClassPeriod",
            "Успеваемость, качество знаний, средний балл, СОУ, отличники, хорошисты, неуспевающие и пропуски класса за четверть. PDF для подписи, XLSX.",
            ClassReports),
        new("Сводная ведомость", "/Reports/Summary",
            "Отметки за период или за год: учащиеся по строкам, предметы по столбцам, внизу успеваемость и качество по каждому предмету. PDF, XLSX.",
            ClassReports),
        new("Успеваемость учащихся за период", "/Reports/Progress",
            "Все отметки каждого учащегося по предметам за период, средневзвешенный балл и отметка за период. XLSX.",
            ClassReports),
        new("Посещаемость", "/Reports/Attendance",
            "Пропущенные уроки за выбранные даты (не больше учебного года): по учащемуся — по предметам, по классу — по учащимся, по школе — по классам; каждый код посещаемости отдельно. XLSX.",
            ClassReports),
        new("Контроль заполнения журналов", "/Reports/Filling",
            "По каждому учителю и классу: уроки без темы и без домашнего задания, отметки, внесённые поздно, учащиеся с малым числом отметок и без отметки за период — со ссылками на журнал. XLSX.",
            [Permissions.ReportsSchool, Permissions.JournalEditOwn]),
        new("Архив журнала, табели, письма родителям", "/Reports/Archive",
            "Журналы класса за учебный год одним PDF в виде бумажного журнала; табели успеваемости класса (страница на учащегося); информационные письма родителям за период. PDF.",
            ClassReports),
        new("Обзор школы", "/Reports/Overview",
            "Успеваемость и качество знаний за период по классам (с диаграммой), предметам и учителям. XLSX.",
            [Permissions.ReportsSchool]),
    ];

    public async Task<Result<IReadOnlyList<ReportEntry>>> HandleAsync(CancellationToken ct = default)
    {
        var granted = await access.PermissionsAsync(ct);
        var visible = Catalog.Where(r => r.AnyOf.Any(granted.Has)).ToList();
        return visible.Count == 0 ? new ReportAccess.NoReports() : visible;
    }
}
