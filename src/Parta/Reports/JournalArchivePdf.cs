using Parta.Common;
using Parta.Grading;
using Parta.Journal;
using Parta.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parta.Reports;

/// <summary>
/// The journal archive as one PDF, A4 landscape, in the paper class journal's layout: a title page; for each journal and
/// each month of its lessons a spread — the list of students («Фамилия И.») against the lesson dates with marks and
/// attendance codes, a period's marks in a column after its last lesson — then the page of the month's lessons with
/// topics and homework; after each journal a summary page of its period, year, exam and final marks. «Страница N из M»
/// on every page. Wide months and long lists continue on further pages.
/// </summary>
public static class JournalArchivePdf
{
    private const double NumberWidth = 16;
    private const double NameWidth = 112;
    private const double LessonWidth = 22;
    private const double PeriodWidth = 40;
    private const double HeaderHeight = 24;
    private const double TitleHeight = 34;
    private const double MinRow = 11;
    private const double MaxRow = 14;

    private static readonly string[] Weekdays = ["вс", "пн", "вт", "ср", "чт", "пт", "сб"];

    /// <summary>A column of a month's marks page: a lesson, or a period's marks after its last lesson.</summary>
    private sealed record Column(ArchiveLesson? Lesson, JournalPeriod? Period);

    public static byte[] Render(JournalArchive archive)
    {
        using var document = PdfGrid.NewDocument($"Архив журнала {archive.Heading.ClassName} класса, {archive.Heading.Year}");
        TitlePage(document, archive);
        foreach (var journal in archive.Journals.Where(j => j.Lessons.Count > 0))
        {
            foreach (var month in journal.Lessons.GroupBy(l => new DateOnly(l.Date.Year, l.Date.Month, 1)))
            {
                MarksPages(document, archive, journal, month.Key, month.ToList());
                TopicsPages(document, journal, month.Key, month.ToList());
            }

            SummaryPages(document, archive, journal);
        }

        PdfGrid.NumberPages(document);
        return PdfGrid.Save(document);
    }

    private static void TitlePage(PdfDocument document, JournalArchive archive)
    {
        var page = PdfGrid.AddPage(document, landscape: true);
        using var gfx = XGraphics.FromPdfPage(page);
        var body = PdfGrid.Body(page);
        var (x, width) = (body.X, body.Width);
        var y = body.Y + 20;
        foreach (var line in PdfGrid.Wrap(gfx, archive.Heading.School, PdfGrid.Font(12), width, 2))
        {
            PdfGrid.Text(gfx, line, PdfGrid.Font(12), x, y, width, centre: true);
            y += 18;
        }

        y += 30;
        PdfGrid.Text(gfx, "КЛАССНЫЙ ЖУРНАЛ", PdfGrid.Font(24, bold: true), x, y, width, centre: true);
        y += 40;
        PdfGrid.Text(gfx, $"{archive.Heading.ClassName} класс", PdfGrid.Font(18, bold: true), x, y, width, centre: true);
        y += 30;
        PdfGrid.Text(gfx, $"{archive.Heading.Year} учебный год", PdfGrid.Font(14), x, y, width, centre: true);
        y += 24;
        PdfGrid.Text(gfx, "Классный руководитель: " + (archive.Heading.ClassTeacher ?? "не назначен"), PdfGrid.Font(12), x, y, width, centre: true);
        y += 40;

        var withLessons = archive.Journals.Where(j => j.Lessons.Count > 0).ToList();
        if (withLessons.Count == 0)
        {
            PdfGrid.Text(gfx, "В журналах класса нет уроков за этот учебный год: архив пуст.", PdfGrid.Font(12, bold: true), x, y, width, centre: true);
            return;
        }

        // The contents: the journals in the order they follow.
        var font = PdfGrid.Font(9);
        var header = PdfGrid.Font(9, bold: true);
        var (tableX, tableWidth) = (x + width * 0.15, width * 0.7);
        double[] widths = [tableWidth * 0.4, tableWidth * 0.2, tableWidth * 0.28, tableWidth * 0.12];
        string[] captions = ["Предмет", "Класс, группа", "Учитель", "Уроков"];
        var rowHeight = Math.Clamp((body.Bottom - y - 30) / (withLessons.Count + 1), 8, 15);
        Row(captions, header, shaded: true);
        foreach (var journal in withLessons)
        {
            Row([journal.Subject, journal.ClassOrGroup, journal.Teacher, journal.Lessons.Count.ToString(RussianCulture.Instance)], rowHeight < 11 ? PdfGrid.Font(7) : font, shaded: false);
        }

        PdfGrid.Text(gfx, $"Архив сформирован {RussianDate.Show(archive.Made)}", PdfGrid.Font(9), x, body.Bottom - 14, width);

        void Row(string[] values, XFont f, bool shaded)
        {
            var cx = tableX;
            for (var i = 0; i < values.Length; i++)
            {
                PdfGrid.Cell(gfx, new XRect(cx, y, widths[i], rowHeight), values[i], f, centre: i == 3, shaded: shaded);
                cx += widths[i];
            }

            y += rowHeight;
        }
    }

    private static string JournalTitle(ArchiveJournal journal) => $"{journal.Subject} · {journal.ClassOrGroup} · учитель {journal.Teacher}";

    /// <summary>The month's marks and attendance: students down, lesson dates across (a period's column after its last lesson).</summary>
    private static void MarksPages(PdfDocument document, JournalArchive archive, ArchiveJournal journal, DateOnly month, List<ArchiveLesson> lessons)
    {
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var students = journal.Students.Where(s => s.Stints.Any(t => t.From <= monthEnd && (t.Until is null || t.Until > month))).ToList();
        var columns = new List<Column>();
        for (var i = 0; i < lessons.Count; i++)
        {
            columns.Add(new Column(lessons[i], null));
            var next = journal.Lessons.SkipWhile(l => l.Id != lessons[i].Id).Skip(1).FirstOrDefault();
            foreach (var period in archive.Periods.Where(p => lessons[i].Date <= p.End && (next is null || next.Date > p.End) && lessons[i].Date >= p.Start))
            {
                columns.Add(new Column(null, period));
            }
        }

        var body = PdfGrid.Body(landscape: true);
        var available = body.Width - NumberWidth - NameWidth;
        var columnChunks = Chunk(columns, c => c.Lesson is null ? PeriodWidth : LessonWidth, available);
        var rowsHeight = body.Height - TitleHeight - HeaderHeight;
        var rowHeight = Math.Clamp(rowsHeight / Math.Max(1, students.Count), MinRow, MaxRow);
        var perPage = Math.Max(1, (int)(rowsHeight / rowHeight));
        var rowChunks = students.Count == 0 ? [[]] : students.Chunk(perPage).Select(c => c.ToList()).ToList();
        var cell = PdfGrid.Font(rowHeight < 12.5 ? 6.5 : 7.5);
        var name = PdfGrid.Font(rowHeight < 12.5 ? 7 : 8);
        var small = PdfGrid.Font(6.5);
        var smallBold = PdfGrid.Font(6.5, bold: true);

        var part = 0;
        var parts = columnChunks.Count * rowChunks.Count;
        foreach (var chunk in columnChunks)
        {
            var rowOffset = 0;
            foreach (var rows in rowChunks)
            {
                part++;
                var page = PdfGrid.AddPage(document, landscape: true);
                using var gfx = XGraphics.FromPdfPage(page);
                var (x, y) = (body.X, body.Y);
                PdfGrid.Text(gfx, JournalTitle(journal), PdfGrid.Font(10, bold: true), x, y, body.Width * 0.7);
                PdfGrid.Text(gfx, RussianDate.MonthAndYear(month) + (parts > 1 ? $" (часть {part} из {parts})" : ""), PdfGrid.Font(10, bold: true),
                    x + body.Width * 0.7, y, body.Width * 0.3);
                PdfGrid.Text(gfx, "Отметки и посещаемость", PdfGrid.Font(8), x, y + 15, body.Width);
                y += TitleHeight;

                PdfGrid.Cell(gfx, new XRect(x, y, NumberWidth, HeaderHeight), "№", smallBold, centre: true, shaded: true);
                PdfGrid.Cell(gfx, new XRect(x + NumberWidth, y, NameWidth, HeaderHeight), "Учащийся", smallBold, centre: true, shaded: true);
                var cx = x + NumberWidth + NameWidth;
                foreach (var column in chunk)
                {
                    var w = column.Lesson is null ? PeriodWidth : LessonWidth;
                    var rect = new XRect(cx, y, w, HeaderHeight);
                    PdfGrid.Cell(gfx, rect, null, small, shaded: true);
                    // A lesson: the day and the weekday; a period's column: its name («1 четверть») on two lines.
                    var (top, bottom) = column.Lesson is { } l
                        ? (l.Date.Day.ToString("00", RussianCulture.Instance), Weekdays[(int)l.Date.DayOfWeek])
                        : (PdfGrid.Wrap(gfx, column.Period!.Name, smallBold, w - 2, 2) is var lines && lines.Count > 0 ? lines[0] : "",
                            lines.Count > 1 ? lines[1] : "");
                    gfx.DrawString(PdfGrid.Fit(gfx, top, smallBold, w - 2), smallBold, XBrushes.Black, new XRect(cx, y + 2, w, 10), XStringFormats.Center);
                    gfx.DrawString(bottom, column.Lesson is null ? smallBold : small, XBrushes.Black, new XRect(cx, y + 12, w, 10), XStringFormats.Center);
                    cx += w;
                }

                y += HeaderHeight;
                if (rows.Count == 0)
                {
                    PdfGrid.Text(gfx, "В списке журнала в этом месяце нет учащихся.", PdfGrid.Font(9), x, y + 4, body.Width);
                }

                for (var r = 0; r < rows.Count; r++)
                {
                    var student = rows[r];
                    PdfGrid.Cell(gfx, new XRect(x, y, NumberWidth, rowHeight), (rowOffset + r + 1).ToString(RussianCulture.Instance), cell, centre: true);
                    PdfGrid.Cell(gfx, new XRect(x + NumberWidth, y, NameWidth, rowHeight), ShortName(student.FullName), name);
                    cx = x + NumberWidth + NameWidth;
                    foreach (var column in chunk)
                    {
                        if (column.Lesson is { } lesson)
                        {
                            var on = student.On(lesson.Date);
                            PdfGrid.Cell(gfx, new XRect(cx, y, LessonWidth, rowHeight), on ? archive.Cell(lesson.Id, student.StudentId) : "", cell, centre: true, shaded: !on);
                            cx += LessonWidth;
                        }
                        else
                        {
                            PdfGrid.Cell(gfx, new XRect(cx, y, PeriodWidth, rowHeight),
                                archive.Final(student.StudentId, journal.SubjectId, FinalMarkKind.Period, column.Period!.Id), PdfGrid.Font(cell.Size, bold: true), centre: true);
                            cx += PeriodWidth;
                        }
                    }

                    y += rowHeight;
                }

                rowOffset += rows.Count;
            }
        }
    }

    /// <summary>The month's lessons: date, number, topic and homework (the right page of the paper spread).</summary>
    private static void TopicsPages(PdfDocument document, ArchiveJournal journal, DateOnly month, List<ArchiveLesson> lessons)
    {
        const double lineHeight = 10;
        var font = PdfGrid.Font(8);
        var header = PdfGrid.Font(8, bold: true);
        var index = 0;
        while (index < lessons.Count)
        {
            var page = PdfGrid.AddPage(document, landscape: true);
            using var gfx = XGraphics.FromPdfPage(page);
            var body = PdfGrid.Body(page);
            var (x, y) = (body.X, body.Y);
            double[] widths = [52, 22, body.Width * 0.48, 0];
            widths[3] = body.Width - widths[0] - widths[1] - widths[2];
            PdfGrid.Text(gfx, JournalTitle(journal), PdfGrid.Font(10, bold: true), x, y, body.Width * 0.7);
            PdfGrid.Text(gfx, RussianDate.MonthAndYear(month), PdfGrid.Font(10, bold: true), x + body.Width * 0.7, y, body.Width * 0.3);
            PdfGrid.Text(gfx, "Что пройдено на уроке и задано на дом", PdfGrid.Font(8), x, y + 15, body.Width);
            y += TitleHeight;
            string[] captions = ["Дата", "№", "Тема урока", "Домашнее задание"];
            var cx = x;
            for (var i = 0; i < captions.Length; i++)
            {
                PdfGrid.Cell(gfx, new XRect(cx, y, widths[i], 16), captions[i], header, centre: true, shaded: true);
                cx += widths[i];
            }

            y += 16;
            while (index < lessons.Count)
            {
                var lesson = lessons[index];
                var topic = (lesson.Topic ?? "") + (lesson.Substitute is { } s ? $" (замена: {s})" : "");
                var topicLines = PdfGrid.Wrap(gfx, topic, font, widths[2] - 4, 3);
                var homeworkLines = PdfGrid.Wrap(gfx, lesson.Homework, font, widths[3] - 4, 3);
                var height = Math.Max(1, Math.Max(topicLines.Count, homeworkLines.Count)) * lineHeight + 3;
                if (y + height > body.Bottom)
                {
                    break;
                }

                PdfGrid.Cell(gfx, new XRect(x, y, widths[0], height), RussianDate.Show(lesson.Date), font, centre: true);
                PdfGrid.Cell(gfx, new XRect(x + widths[0], y, widths[1], height), lesson.Number.ToString(RussianCulture.Instance), font, centre: true);
                PdfGrid.Lines(gfx, new XRect(x + widths[0] + widths[1], y, widths[2], height), topicLines, font, lineHeight);
                PdfGrid.Lines(gfx, new XRect(x + widths[0] + widths[1] + widths[2], y, widths[3], height), homeworkLines, font, lineHeight);
                y += height;
                index++;
            }
        }
    }

    /// <summary>The journal's final marks: students down; the periods, the year, the exam and the final mark across.</summary>
    private static void SummaryPages(PdfDocument document, JournalArchive archive, ArchiveJournal journal)
    {
        var headers = archive.Periods.Select(p => p.Name).Concat(["Год", "Экзамен", "Итоговая"]).ToList();
        var students = journal.Students;
        var rowsPerPage = 30;
        var chunks = students.Count == 0 ? [[]] : students.Chunk(rowsPerPage).Select(c => c.ToList()).ToList();
        var font = PdfGrid.Font(8);
        var header = PdfGrid.Font(8, bold: true);
        var number = 0;
        foreach (var rows in chunks)
        {
            var page = PdfGrid.AddPage(document, landscape: true);
            using var gfx = XGraphics.FromPdfPage(page);
            var body = PdfGrid.Body(page);
            var (x, y) = (body.X, body.Y);
            PdfGrid.Text(gfx, JournalTitle(journal), PdfGrid.Font(10, bold: true), x, y, body.Width);
            PdfGrid.Text(gfx, "Итоговые отметки", PdfGrid.Font(8), x, y + 15, body.Width);
            y += TitleHeight;
            var nameWidth = 200.0;
            var width = Math.Min(70, (body.Width - NumberWidth - nameWidth) / headers.Count);
            PdfGrid.Cell(gfx, new XRect(x, y, NumberWidth, 18), "№", header, centre: true, shaded: true);
            PdfGrid.Cell(gfx, new XRect(x + NumberWidth, y, nameWidth, 18), "Учащийся", header, centre: true, shaded: true);
            for (var i = 0; i < headers.Count; i++)
            {
                PdfGrid.Cell(gfx, new XRect(x + NumberWidth + nameWidth + i * width, y, width, 18), headers[i], header, centre: true, shaded: true);
            }

            y += 18;
            foreach (var student in rows)
            {
                number++;
                PdfGrid.Cell(gfx, new XRect(x, y, NumberWidth, 14), number.ToString(RussianCulture.Instance), font, centre: true);
                PdfGrid.Cell(gfx, new XRect(x + NumberWidth, y, nameWidth, 14), student.FullName, font);
                var values = archive.Periods.Select(p => archive.Final(student.StudentId, journal.SubjectId, FinalMarkKind.Period, p.Id))
                    .Concat([
                        archive.Final(student.StudentId, journal.SubjectId, FinalMarkKind.Year),
                        archive.Final(student.StudentId, journal.SubjectId, FinalMarkKind.Exam),
                        archive.Final(student.StudentId, journal.SubjectId, FinalMarkKind.Final),
                    ]).ToList();
                for (var i = 0; i < values.Count; i++)
                {
                    PdfGrid.Cell(gfx, new XRect(x + NumberWidth + nameWidth + i * width, y, width, 14), values[i], font, centre: true);
                }

                y += 14;
            }
        }
    }

    /// <summary>«Фамилия И.» from «Фамилия Имя Отчество».</summary>
    private static string ShortName(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? $"{parts[0]} {parts[1][0]}." : fullName;
    }

    /// <summary>The columns cut into pages that fit the width.</summary>
    private static List<List<Column>> Chunk(IReadOnlyList<Column> columns, Func<Column, double> width, double available)
    {
        var chunks = new List<List<Column>> { new() };
        var used = 0.0;
        foreach (var column in columns)
        {
            var w = width(column);
            if (used + w > available && chunks[^1].Count > 0)
            {
                chunks.Add([]);
                used = 0;
            }

            chunks[^1].Add(column);
            used += w;
        }

        return chunks;
    }
}
