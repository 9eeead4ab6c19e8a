using System.Text;
using CsCheck;
using Parta.Scheduling;

namespace Parta.Tests.Scheduling;

public sealed class CalendarFileTests
{
    [Fact]
    public void Line_AnyText_FoldsAt75OctetsWithoutSplittingACharacter_AndUnfoldsToItself()
    {
        Gen.String[Gen.Char['\u0020', '\u04FF'], 0, 400].Sample(text =>
        {
            var folded = new StringBuilder();
            CalendarFile.Line(folded, text);

            var lines = folded.ToString().Split("\r\n")[..^1];
            Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
            Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
            Assert.Equal(text, string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
        });
    }

    [Fact]
    public void Escape_TextWithSeparators_EscapesBackslashSemicolonCommaAndNewLines()
    {
        Assert.Equal(@"Замена\; вместо Ивановой И. И.\, каб. 214\\Б\nстрока", CalendarFile.Escape("Замена; вместо Ивановой И. И., каб. 214\\Б\nстрока"));
    }

    [Fact]
    public void ToUtc_MoscowMorning_IsThreeHoursEarlier()
    {
        var moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

        Assert.Equal(new DateTime(2026, 12, 1, 5, 30, 0, DateTimeKind.Utc), CalendarFile.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(8, 30), moscow));
    }
}
