using System.Globalization;
using Parta.Common;
using Parta.Printing;

namespace Parta.Reports;

/// <summary>
/// The class teacher's period report as tables (<see cref="ReportTable"/>): the measures, and the students with their
/// period marks. The screen, the PDF and the XLSX are all made of these.
/// </summary>
public static class ClassPeriodReportTables
{
    /// <summary>How the measures are computed, under the table and in docs/reports.md.</summary>
    public static readonly IReadOnlyList<string> Definitions =
    [
        "Учитываются учащиеся класса по книге движения на последний день периода (пока период идёт — на сегодня) и их отметки за период по всем предметам; «зач» и «осв» не учитываются.",
        "Отличник — все отметки «5»; хорошист — только «4» и «5», хотя бы одна «4»; неуспевающий — есть «2», «1», «незач» или «н/а».",
        "Успеваемость = (учащиеся − неуспевающие) / учащиеся × 100 %; качество знаний = (отличники + хорошисты) / учащиеся × 100 %.",
        "Средний балл — среднее всех пятибалльных отметок за период; СОУ = (n5·100 + n4·64 + n3·36 + n2·16 + (n1 + nн/а)·7) / (n5 + n4 + n3 + n2 + n1 + nн/а) %.",
        "Пропуски — отметки отсутствия на уроках класса и его групп за период по сегодняшний день.",
    ];

    public static IReadOnlyList<ReportTable> All(ClassPeriodReport report) => [Measures(report), Students(report)];

    /// <summary>The title of the report (the page's heading and the PDF's first line).</summary>
    public static string Title(ClassPeriodReport report) =>
        $"Отчёт классного руководителя: {report.Scope.Class.Name}, {report.Scope.Period.Name}";

    public static IReadOnlyList<string> Subtitle(ReportScope scope) =>
    [
        $"Класс {scope.Class.Name}. {scope.Period.Name}: {RussianDate.Show(scope.Period.Start, scope.Period.End)}"
            + (scope.Period.Closed ? " (период закрыт)." : "."),
        $"Классный руководитель: {scope.Class.ClassTeacher ?? "не назначен"}.",
        $"Учащиеся — по книге движения на {RussianDate.Show(scope.CountingDay)}.",
    ];

    /// <summary>The class teacher signs the printed report under its last table.</summary>
    public static IReadOnlyList<string> Signatures(ReportScope scope) =>
    [
        $"Классный руководитель  ____________________  {scope.Class.ClassTeacherInitials ?? "____________________"}",
        $"Дата  {RussianDate.Show(scope.Today)}",
    ];

    public static ReportTable Measures(ClassPeriodReport report)
    {
        var m = report.Measures;
        var ru = RussianCulture.Instance;
        var marks = string.Join(" / ", new[] { m.Fives, m.Fours, m.Threes, m.Twos, m.Ones, m.NotAssessedMarks }.Select(n => n.ToString(ru)));
        return new ReportTable(
            Title(report),
            [new("Показатель"), new("Значение", Numeric: true)],
            [
                ReportRow.Of($"Учащихся на {RussianDate.Show(report.Scope.CountingDay)}", ReportCell.Count(m.Students)),
                ReportRow.Of("Отличников (все «5»)", ReportCell.Count(m.Excellent)),
                ReportRow.Of("Хорошистов (только «4» и «5»)", ReportCell.Count(m.Good)),
                ReportRow.Of("из них с одной «4»", ReportCell.Count(m.WithOneFour)),
                ReportRow.Of("С одной «3»", ReportCell.Count(m.WithOneThree)),
                ReportRow.Of("Неуспевающих («2», «1», «незач», «н/а»)", ReportCell.Count(m.Failing)),
                ReportRow.Of("из них не аттестованы («н/а»)", ReportCell.Count(m.NotAssessed)),
                ReportRow.Of("Успеваемость, %", ReportCell.Measure(m.SuccessRate)) with { Total = true },
                ReportRow.Of("Качество знаний, %", ReportCell.Measure(m.QualityRate)) with { Total = true },
                ReportRow.Of("Средний балл", ReportCell.Measure(m.AverageMark)) with { Total = true },
                ReportRow.Of("СОУ, %", ReportCell.Measure(m.Sou)) with { Total = true },
                ReportRow.Of("Отметок «5» / «4» / «3» / «2» / «1» / «н/а»", marks),
                ReportRow.Of("Пропущено уроков", ReportCell.Count(m.Missed.Total)),
                ReportRow.Of("из них по уважительной причине", ReportCell.Count(m.Missed.Excused)),
                ReportRow.Of("из них по болезни", ReportCell.Count(m.Missed.Ill)),
            ])
        {
            Subtitle = Subtitle(report.Scope),
            Footer = Definitions,
        };
    }

    /// <summary>Each counted student's period marks by subject, their standing and missed lessons: the hand check of the measures.</summary>
    public static ReportTable Students(ClassPeriodReport report)
    {
        var marks = report.Marks;
        var periodId = report.Scope.Period.Id;
        var columns = new List<ReportColumn> { new("№"), new("Учащийся") };
        columns.AddRange(marks.Subjects.Select(s => new ReportColumn(s.ShortName, Numeric: true) { Hint = s.Name }));
        columns.Add(new("Итог"));
        columns.Add(new("Пропущено", Numeric: true));
        var rows = marks.Students.Select((student, i) =>
        {
            var cells = new List<ReportCell> { (i + 1).ToString(CultureInfo.InvariantCulture), student.FullName };
            cells.AddRange(marks.Subjects.Select(s => ReportCell.Mark(marks.Mark(student.Id, s.Id, periodId))));
            cells.Add(report.Standings.TryGetValue(student.Id, out var standing) ? standing.Title : "");
            cells.Add(ReportCell.Count(report.MissedByStudent.TryGetValue(student.Id, out var missed) ? missed.Total : 0));
            return new ReportRow(cells);
        }).ToList();
        return new ReportTable("Отметки учащихся за период", columns, rows)
        {
            Subtitle = [$"Класс {report.Scope.Class.Name}, {report.Scope.Period.Name}: отметки за период по предметам (пусто — отметка не выставлена)."],
            RowHeaderColumns = 2,
            Orientation = marks.Subjects.Count > 10 ? ReportOrientation.Landscape : ReportOrientation.Portrait,
            EmptyText = "В классе нет учащихся на этот период.",
            Signatures = Signatures(report.Scope),
        };
    }
}
