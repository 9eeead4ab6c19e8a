using Parta.Grading;
using Parta.Journal;

namespace Parta.Tests.Grading;

/// <summary>The suggestion of period, year and final marks at every edge of the school's rules.</summary>
public sealed class SuggestionRuleTests
{
    private static readonly GradingRules Defaults = GradingRules.Defaults(Guid.Empty);

    private static Suggestion Period(decimal? average, int marks = 5, int lessons = 20, int missed = 0, GradingRules? rules = null) =>
        PeriodMarkRule.Suggest(new PeriodRecord(average, marks, 0, lessons, missed), rules ?? Defaults, MarkScale.FivePoint);

    [Theory]
    [InlineData("4.4999", "4", "средний 4,4999 → 4 по порогу 4,5")]
    [InlineData("4.5", "5", "средний 4,50 → 5 по порогу 4,5")]
    [InlineData("4.47", "4", "средний 4,47 → 4 по порогу 4,5")]
    [InlineData("3.5", "4", "средний 3,50 → 4 по порогу 4,5")]
    [InlineData("3.4999", "3", "средний 3,4999 → 3 по порогу 3,5")]
    [InlineData("2.5", "3", "средний 2,50 → 3 по порогу 3,5")]
    [InlineData("2.4999", "2", "средний 2,4999 → 2 по порогу 2,5")]
    [InlineData("1", "2", "средний 1,00 → 2 по порогу 2,5")]
    [InlineData("5", "5", "средний 5,00 → 5 по порогу 4,5")]
    public void DefaultThresholds_AtEachEdge(string average, string mark, string reason)
    {
        var suggestion = Period(decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(mark, suggestion.Value);
        Assert.Equal(reason, suggestion.Reason);
    }

    [Theory]
    [InlineData("4.59", "4")]
    [InlineData("4.6", "5")]
    [InlineData("3.59", "3")]
    [InlineData("3.6", "4")]
    [InlineData("2.59", "2")]
    [InlineData("2.6", "3")]
    public void ConfiguredThresholds_AreFollowed(string average, string mark)
    {
        var rules = GradingRules.Defaults(Guid.Empty);
        (rules.Five, rules.Four, rules.Three) = (4.6m, 3.6m, 2.6m);

        var suggestion = Period(decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture), rules: rules);

        Assert.Equal(mark, suggestion.Value);
        Assert.Contains("по порогу " + (mark == "5" ? "4,6" : mark == "4" ? "4,6" : mark == "3" ? "3,6" : "2,6"), suggestion.Reason);
    }

    [Fact]
    public void TooFewMarks_SuggestNotAssessed_WithTheCountInWords()
    {
        Assert.Equal(new Suggestion("н/а", "2 отметки из 3 нужных → н/а"), Period(4.8m, marks: 2));
        Assert.Equal("5", Period(4.8m, marks: 3).Value);
        Assert.Equal(new Suggestion("н/а", "1 отметка из 3 нужных → н/а"), Period(5m, marks: 1));
        var none = GradingRules.Defaults(Guid.Empty);
        none.MinMarks = 0;
        Assert.Equal("5", Period(5m, marks: 1, rules: none).Value);
    }

    [Fact]
    public void MissedMoreThanTheShare_SuggestsNotAssessed_ExactlyTheShareDoesNot()
    {
        var over = Period(5m, lessons: 20, missed: 11);
        Assert.Equal("н/а", over.Value);
        Assert.Equal("пропущено 11 из 20 уроков (55 %) → н/а, допускается не больше 50 %", over.Reason);
        Assert.Equal("5", Period(5m, lessons: 20, missed: 10).Value);
    }

    [Fact]
    public void NoLessonsAndNoMarks_SuggestNothing()
    {
        Assert.Null(Period(null, marks: 0, lessons: 0).Value);
    }

    [Fact]
    public void PassFail_PassWhenAtLeastHalfArePasses()
    {
        Assert.Equal("зач", PeriodMarkRule.Suggest(new PeriodRecord(null, 4, 2, 10, 0), Defaults, MarkScale.PassFail).Value);
        Assert.Equal("незач", PeriodMarkRule.Suggest(new PeriodRecord(null, 4, 1, 10, 0), Defaults, MarkScale.PassFail).Value);
    }

    [Theory]
    [InlineData(HalfRounding.Up, "4,3,4,3", "4")]
    [InlineData(HalfRounding.Down, "4,3,4,3", "3")]
    [InlineData(HalfRounding.LastPeriod, "4,3,4,3", "3")]
    [InlineData(HalfRounding.LastPeriod, "3,4,3,4", "4")]
    [InlineData(HalfRounding.Up, "5,4,4,4", "4")]
    [InlineData(HalfRounding.Down, "5,5,4,4", "4")]
    [InlineData(HalfRounding.Up, "5,5,5,4", "5")]
    public void YearMark_RoundsTheAverageOfThePeriods_HalvesByTheSchoolsRule(HalfRounding halves, string marks, string year)
    {
        var rules = GradingRules.Defaults(Guid.Empty);
        rules.Halves = halves;
        var periods = marks.Split(',').Select((m, i) => new PeriodValue($"{i + 1} четверть", m)).ToList();

        Assert.Equal(year, YearMarkRule.Suggest(periods, rules, MarkScale.FivePoint).Value);
    }

    [Fact]
    public void YearMark_NothingWhileAPeriodHasNoMark_NotAssessedWhenAPeriodIs()
    {
        Assert.Equal(new Suggestion(null, "нет отметки за 2 четверть"),
            YearMarkRule.Suggest([new("1 четверть", "5"), new("2 четверть", null)], Defaults, MarkScale.FivePoint));
        Assert.Equal("н/а", YearMarkRule.Suggest([new("1 четверть", "5"), new("2 четверть", "н/а")], Defaults, MarkScale.FivePoint).Value);
    }

    [Fact]
    public void FinalMark_WithoutExamIsTheYear_WithExamTheRoundedAverage()
    {
        Assert.Equal("4", YearMarkRule.SuggestFinal("4", null, hasExam: false, Defaults).Value);
        Assert.Null(YearMarkRule.SuggestFinal("4", null, hasExam: true, Defaults).Value);
        Assert.Equal("5", YearMarkRule.SuggestFinal("4", "5", hasExam: true, Defaults).Value);
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData(" Н/А ", "н/а")]
    [InlineData("на", "н/а")]
    [InlineData("осв.", "осв")]
    [InlineData("зачёт", "зач")]
    [InlineData("6", null)]
    [InlineData("незач", null)]
    public void FinalValues_OfTheFivePointScale(string typed, string? stored)
    {
        Assert.Equal(stored, FinalMarkValues.Read(MarkScale.FivePoint, typed)?.Value);
    }
}
