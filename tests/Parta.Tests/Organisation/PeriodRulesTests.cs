using Parta.Organisation;

namespace Parta.Tests.Organisation;

public sealed class PeriodRulesTests
{
    private static readonly DateOnly YearStart = new(2026, 9, 1);
    private static readonly DateOnly YearEnd = new(2027, 8, 31);

    [Fact]
    public void CheckYear_EndBeforeStart_IsRefusedInRussian()
    {
        var refusals = PeriodRules.CheckYear(new DateOnly(2027, 8, 31), new DateOnly(2026, 9, 1));

        Assert.Equal("Дата окончания учебного года должна быть позже даты начала.", Assert.Single(refusals).Message);
    }

    [Fact]
    public void CheckYear_SeptemberToAugust_IsAccepted()
    {
        Assert.Empty(PeriodRules.CheckYear(YearStart, YearEnd));
    }

    [Fact]
    public void CheckPeriods_TwoOverlappingPeriods_AreRefusedByName()
    {
        PeriodDraft[] periods =
        [
            new(1, "1 четверть", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 30)),
            new(2, "2 четверть", new DateOnly(2026, 10, 30), new DateOnly(2026, 12, 28)),
        ];

        var refusals = PeriodRules.CheckPeriods(YearStart, YearEnd, periods);

        Assert.Equal("Периоды «1 четверть» и «2 четверть» пересекаются.", Assert.Single(refusals).Message);
    }

    [Fact]
    public void CheckPeriods_AdjacentPeriods_AreAccepted()
    {
        PeriodDraft[] periods =
        [
            new(1, "1 полугодие", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)),
            new(2, "2 полугодие", new DateOnly(2027, 1, 1), new DateOnly(2027, 5, 31)),
        ];

        Assert.Empty(PeriodRules.CheckPeriods(YearStart, YearEnd, periods));
    }

    [Fact]
    public void CheckPeriods_PeriodOutsideTheYear_IsRefused()
    {
        PeriodDraft[] periods = [new(1, "1 четверть", new DateOnly(2026, 8, 25), new DateOnly(2026, 10, 30))];

        var refusals = PeriodRules.CheckPeriods(YearStart, YearEnd, periods);

        Assert.Equal("Период «1 четверть» выходит за границы учебного года (01.09.2026 – 31.08.2027).", Assert.Single(refusals).Message);
    }

    [Fact]
    public void CheckPeriods_EndBeforeStart_IsRefused()
    {
        PeriodDraft[] periods = [new(1, "1 триместр", new DateOnly(2026, 11, 30), new DateOnly(2026, 9, 1))];

        var refusals = PeriodRules.CheckPeriods(YearStart, YearEnd, periods);

        Assert.Equal("Период «1 триместр»: дата окончания раньше даты начала.", Assert.Single(refusals).Message);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 4)]
    [InlineData(PeriodKind.Half, 2)]
    [InlineData(PeriodKind.Trimester, 3)]
    [InlineData(PeriodKind.Year, 1)]
    public void Standard_ForAKind_GivesValidPeriodsInsideTheYear(PeriodKind kind, int count)
    {
        var periods = PeriodRules.Standard(kind, YearStart, YearEnd);

        Assert.Equal(count, periods.Count);
        Assert.Equal(Enumerable.Range(1, count), periods.Select(p => p.Number));
        Assert.Empty(PeriodRules.CheckPeriods(YearStart, YearEnd, periods));
        Assert.Equal(YearStart, periods[0].Start);
    }

    [Fact]
    public void Standard_Quarters_HaveTheUsualNamesAndAutumnHolidaysBetween()
    {
        var quarters = PeriodRules.Standard(PeriodKind.Quarter, YearStart, YearEnd);

        Assert.Equal(["1 четверть", "2 четверть", "3 четверть", "4 четверть"], quarters.Select(q => q.Name));
        Assert.True(quarters[1].Start > quarters[0].End.AddDays(1));
    }
}
