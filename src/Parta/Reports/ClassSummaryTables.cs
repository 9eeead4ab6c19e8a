using System.Globalization;
using Parta.Common;
using Parta.Printing;

namespace Parta.Reports;

/// <summary>
/// The summary sheet as a table: students down, subjects across (for the year, each subject's periods and the year
/// mark), and at the bottom each column's успеваемость, качество, средний балл and СОУ by <see cref="PeriodMeasures"/>.
/// </summary>
public static class ClassSummaryTables
{
    public static string Title(ClassSummary summary) =>
        $"Сводная ведомость: {summary.Scope.Class.Name}, {(summary.Year ? "учебный год" : summary.Scope.Period.Name)}";

    public static ReportTable Table(ClassSummary summary)
    {
        var marks = summary.Marks;
        // A column: a subject and a period (null: the year mark).
        var keys = new List<(ReportSubject Subject, Guid? PeriodId)>();
        var columns = new List<ReportColumn> { new("№"), new("Учащийся") };
        var groups = new List<ReportHeaderGroup>();
        foreach (var subject in marks.Subjects)
        {
            if (summary.Year)
            {
                groups.Add(new(subject.ShortName, summary.Periods.Count + 1));
                for (var i = 0; i < summary.Periods.Count; i++)
                {
                    keys.Add((subject, summary.Periods[i].Id));
                    columns.Add(new((i + 1).ToString(CultureInfo.InvariantCulture), Numeric: true) { Hint = $"{subject.Name}: {summary.Periods[i].Name}" });
                }

                keys.Add((subject, null));
                columns.Add(new("Год", Numeric: true) { Hint = $"{subject.Name}: год" });
            }
            else
            {
                keys.Add((subject, summary.Scope.Period.Id));
                columns.Add(new(subject.ShortName, Numeric: true) { Hint = subject.Name });
            }
        }

        if (summary.Year && groups.Count > 0)
        {
            groups.Insert(0, new("", 2));
        }

        var rows = marks.Students.Select((student, i) =>
        {
            var cells = new List<ReportCell> { (i + 1).ToString(CultureInfo.InvariantCulture), student.FullName };
            cells.AddRange(keys.Select(k => ReportCell.Mark(marks.Mark(student.Id, k.Subject.Id, k.PeriodId))));
            return new ReportRow(cells);
        }).ToList();

        if (marks.Students.Count > 0)
        {
            var measures = keys.Select(k => PeriodMeasures.Compute(
                    marks.StudentIds,
                    marks.Marks.Where(m => m.SubjectId == k.Subject.Id && m.PeriodId == k.PeriodId).Select(m => (m.StudentId, m.Value))))
                .ToList();
            rows.Add(Measure("Успеваемость, %", measures.Select(m => m.SuccessRate)));
            rows.Add(Measure("Качество, %", measures.Select(m => m.QualityRate)));
            rows.Add(Measure("Средний балл", measures.Select(m => m.AverageMark)));
            rows.Add(Measure("СОУ, %", measures.Select(m => m.Sou)));
        }

        var scope = summary.Scope;
        return new ReportTable(Title(summary), columns, rows)
        {
            Subtitle =
            [
                summary.Year
                    ? $"Класс {scope.Class.Name}. Отметки за {RussianPlural.Count(summary.Periods.Count, "период", "периода", "периодов")} и годовые."
                    : $"Класс {scope.Class.Name}. {scope.Period.Name}: {RussianDate.Show(scope.Period.Start, scope.Period.End)}.",
                $"Классный руководитель: {scope.Class.ClassTeacher ?? "не назначен"}. Учащиеся — по книге движения на {RussianDate.Show(scope.CountingDay)}.",
            ],
            HeaderGroups = groups,
            RowHeaderColumns = 2,
            Orientation = ReportOrientation.Landscape,
            EmptyText = "В классе нет учащихся на этот период.",
            Footer =
            [
                "Успеваемость, качество, средний балл и СОУ по предмету считаются так же, как в отчёте классного руководителя, по отметкам этого столбца; «зач» и «осв» не учитываются.",
            ],
            Signatures = ClassPeriodReportTables.Signatures(scope),
        };
    }

    private static ReportRow Measure(string title, IEnumerable<decimal?> values) =>
        new ReportRow([ReportCell.Empty, title, .. values.Select(ReportCell.Measure)]) { Total = true };
}
