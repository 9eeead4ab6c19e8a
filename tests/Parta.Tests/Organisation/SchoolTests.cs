using Parta.Organisation;

namespace Parta.Tests.Organisation;

public sealed class SchoolTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_LateEveningInMoscow_IsAlreadyTomorrowInVladivostok()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 10, 11, 20, 0, 0, TimeSpan.Zero)); // 23:00 in Moscow

        var moscow = new School { Name = "М", ShortName = "М", TimeZone = "Europe/Moscow" };
        var vladivostok = new School { Name = "В", ShortName = "В", TimeZone = "Asia/Vladivostok" };

        Assert.Equal(new DateOnly(2026, 10, 11), moscow.Today(time));
        Assert.Equal(new DateOnly(2026, 10, 12), vladivostok.Today(time));
    }

    [Fact]
    public void RussianTimeZones_AreElevenAndAllKnownToTheSystem()
    {
        Assert.Equal(11, School.RussianTimeZones.Count);
        Assert.All(School.RussianTimeZones, z => Assert.True(School.IsKnownTimeZone(z.Id), z.Id));
    }
}
