using Parta.Common;
using Parta.Printing;

namespace Parta.Reports;

/// <summary>
/// The filling control as tables for the XLSX: the counts of every journal (the rows the screen shows, in its order),
/// and every gap on its own row with the address of its lesson or journal.
/// </summary>
public static class JournalFillingTables
{
    public static IReadOnlyList<ReportTable> For(JournalFilling report)
    {
        var subtitle = report.Period is { } p
            ? new[] { $"{p.Name}: {RussianDate.Show(p.Start)} – {RussianDate.Show(p.End)}", $"Наименьшее число отметок за период: {report.MinMarks}" }
            : [];
        var counts = new ReportTable("Контроль заполнения журналов",
            [
                new("Учитель"), new("Класс, группа"), new("Предмет"), new("Уроков проведено", true), new("Без темы", true),
                new("Без домашнего задания", true), new("Отметки внесены поздно", true), new("Мало отметок", true),
                new("Нет отметки за период", true),
            ],
            report.Rows.Select(r => ReportRow.Of(
                r.Teacher, r.ClassOrGroup, r.Subject, ReportCell.Count(r.LessonsGiven), ReportCell.Count(r.WithoutTopic.Count),
                ReportCell.Count(r.WithoutHomework.Count), ReportCell.Count(r.LateMarks.Count), ReportCell.Count(r.FewMarks.Count),
                ReportCell.Count(r.NoPeriodMark.Count))).ToList())
        {
            Subtitle = subtitle, RowHeaderColumns = 3, Orientation = ReportOrientation.Landscape, EmptyText = "Журналов за этот период нет.",
        };

        var details = new List<ReportRow>();
        foreach (var r in report.Rows)
        {
            details.AddRange(r.WithoutTopic.Select(l => Detail(r, "Урок без темы", RussianDate.Show(l.Date) + $", {l.Number} урок", l.Link)));
            details.AddRange(r.WithoutHomework.Select(l => Detail(r, "Урок без домашнего задания", RussianDate.Show(l.Date) + $", {l.Number} урок", l.Link)));
            details.AddRange(r.LateMarks.Select(m => Detail(r, "Отметка внесена поздно", $"{RussianDate.Show(m.Date)}, {m.Student}: «{m.Value}»", m.Link)));
            details.AddRange(r.FewMarks.Select(s =>
                Detail(r, "Мало отметок", $"{s.Student}: {RussianPlural.Count(s.Marks, "отметка", "отметки", "отметок")}", s.Link)));
            details.AddRange(r.NoPeriodMark.Select(s => Detail(r, "Нет отметки за период", s.Student, s.Link)));
        }

        var list = new ReportTable("Замечания",
            [new("Учитель"), new("Класс, группа"), new("Предмет"), new("Замечание"), new("Что"), new("Адрес в журнале")], details)
        {
            Subtitle = subtitle, RowHeaderColumns = 3, Orientation = ReportOrientation.Landscape, EmptyText = "Замечаний нет.",
        };
        return [counts, list];
    }

    private static ReportRow Detail(FillingRow row, string kind, string what, string link) =>
        ReportRow.Of(row.Teacher, row.ClassOrGroup, row.Subject, kind, what, link);
}
