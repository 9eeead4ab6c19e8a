using Parta.Journal;
using Parta.Printing;

namespace Parta.Reports;

/// <summary>The progress report as a table: a student's name on the first of their subjects' rows, the marks, the average, the period mark.</summary>
public static class StudentProgressTables
{
    public static string Title(ClassProgress progress) =>
        $"Успеваемость учащихся: {progress.Scope.Class.Name}, {progress.Scope.Period.Name}";

    public static ReportTable Table(ClassProgress progress)
    {
        var rows = new List<ReportRow>();
        foreach (var student in progress.Students)
        {
            var first = true;
            foreach (var line in student.Lines)
            {
                rows.Add(ReportRow.Of(
                    first ? student.Student.FullName : "",
                    line.Subject.Name,
                    string.Join(" ", line.Marks),
                    line.Weighted is { } w ? new ReportCell(WeightedAverage.Show(w), WeightedAverage.Rounded(w)) : ReportCell.Empty,
                    ReportCell.Mark(line.PeriodMark)));
                first = false;
            }
        }

        var scope = progress.Scope;
        return new ReportTable(
            Title(progress),
            [new("Учащийся"), new("Предмет"), new("Отметки за период"), new("Средний балл", Numeric: true), new("За период", Numeric: true)],
            rows)
        {
            Subtitle =
            [
                $"Класс {scope.Class.Name}. {scope.Period.Name}: {RussianDate.Show(scope.Period.Start, scope.Period.End)}. Учащиеся — по книге движения на {RussianDate.Show(scope.CountingDay)}.",
            ],
            RowHeaderColumns = 2,
            EmptyText = "В классе нет учащихся на этот период.",
            Footer =
            [
                "Средний балл — средневзвешенный, как в журнале: Σ(отметка × вес вида работы) / Σ(весов) по пятибалльным отметкам уроков периода.",
            ],
        };
    }
}
