using System.Globalization;
using System.Text;

namespace Parta.Scheduling;

/// <summary>
/// Writes dated lessons as an iCalendar file (RFC 5545) by hand: CRLF line ends, lines folded at 75 octets (never inside
/// a UTF-8 character), text escaped (<c>\ ; ,</c> and new lines). Times are the school's wall clock turned into UTC, so
/// every calendar app shows them right without a VTIMEZONE. A lesson without bell times becomes an all-day event of its
/// date (the number in its title), so no lesson is silently missing. A cancelled lesson stays, STATUS:CANCELLED.
/// </summary>
public static class CalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string calendarName, IEnumerable<LessonRow> lessons, TimeZoneInfo zone, DateTime nowUtc)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Parta//Raspisanie//RU");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(calendarName));
        Line(text, "X-WR-TIMEZONE:" + zone.Id);
        var stamp = Utc(nowUtc);
        foreach (var lesson in lessons)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{lesson.LessonId:D}@parta");
            Line(text, "DTSTAMP:" + stamp);
            if (lesson.Start is { } start && lesson.End is { } end)
            {
                Line(text, "DTSTART:" + Utc(ToUtc(lesson.Date, start, zone)));
                Line(text, "DTEND:" + Utc(ToUtc(lesson.Date, end, zone)));
            }
            else
            {
                Line(text, "DTSTART;VALUE=DATE:" + lesson.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                Line(text, "DTEND;VALUE=DATE:" + lesson.Date.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            Line(text, "SUMMARY:" + Escape(Summary(lesson)));
            if (lesson.Room is { Length: > 0 } room)
            {
                Line(text, "LOCATION:" + Escape("Кабинет " + room));
            }

            Line(text, "DESCRIPTION:" + Escape(Description(lesson)));
            Line(text, "STATUS:" + (lesson.Change == LessonChangeKind.Cancelled ? "CANCELLED" : "CONFIRMED"));
            Line(text, "TRANSP:OPAQUE");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>«Математика — 5А», «Английский язык — 5А, Английский 1»; without bells «3-й урок: …».</summary>
    public static string Summary(LessonRow lesson)
    {
        var whose = lesson.Whose;
        var title = whose.Length == 0 ? lesson.Subject : $"{lesson.Subject} — {whose}";
        if (lesson.Start is null)
        {
            title = $"{lesson.Number.ToString(CultureInfo.InvariantCulture)}-й урок: {title}";
        }

        return lesson.Change == LessonChangeKind.Cancelled ? "Отменён: " + title : title;
    }

    public static string Description(LessonRow lesson)
    {
        var lines = new List<string> { "Учитель: " + lesson.TeacherFull };
        if (lesson.Change is { } change)
        {
            lines.Add(change == LessonChangeKind.Substitution && lesson.AbsentTeacher is { } absent
                ? $"{ScheduleRules.Title(change)}: вместо {absent}"
                : ScheduleRules.Title(change));
        }

        return string.Join('\n', lines);
    }

    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified), zone);

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon and comma escaped, new lines as <c>\n</c>.</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line folded at 75 octets: continuation lines start with one space.</summary>
    public static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        var i = 0;
        while (i < line.Length)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(line, i, width);
            octets += size;
            i += width;
        }

        text.Append("\r\n");
    }
}
