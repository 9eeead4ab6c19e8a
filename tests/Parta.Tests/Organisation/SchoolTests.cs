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
    public void RussianTimeZones_EveryZoneOfRussia_KnownToTheSystemWithTheOffsetItsTitleSays()
    {
        var winter = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        var summer = new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(26, RussianTimeZones.All.Count);
        Assert.Equal(RussianTimeZones.All.Count, RussianTimeZones.All.Select(z => z.Id).Distinct().Count());
        Assert.All(RussianTimeZones.All, z =>
        {
            Assert.True(School.IsKnownTimeZone(z.Id), z.Id);
            var zone = School.FindTimeZone(z.Id);
            Assert.Equal(TimeSpan.FromHours(z.UtcOffsetHours), zone.GetUtcOffset(winter));
            Assert.Equal(TimeSpan.FromHours(z.UtcOffsetHours), zone.GetUtcOffset(summer));
        });
        Assert.Equal(RussianTimeZones.All.OrderBy(z => z.UtcOffsetHours).Select(z => z.Id), RussianTimeZones.All.Select(z => z.Id));
    }

    [Theory]
    [InlineData("Europe/Kaliningrad", "Калининград (UTC+2)")]
    [InlineData("Europe/Moscow", "Москва (UTC+3)")]
    [InlineData("Europe/Samara", "Самара (UTC+4)")]
    [InlineData("Asia/Yekaterinburg", "Екатеринбург (UTC+5)")]
    [InlineData("Asia/Omsk", "Омск (UTC+6)")]
    [InlineData("Asia/Krasnoyarsk", "Красноярск (UTC+7)")]
    [InlineData("Asia/Irkutsk", "Иркутск (UTC+8)")]
    [InlineData("Asia/Yakutsk", "Якутск (UTC+9)")]
    [InlineData("Asia/Vladivostok", "Владивосток (UTC+10)")]
    [InlineData("Asia/Magadan", "Магадан (UTC+11)")]
    [InlineData("Asia/Kamchatka", "Камчатка (UTC+12)")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    public void RussianTimeZones_Title_NamesTheCityAndOffset_AndAnUnlistedZoneByItsId(string id, string title) =>
        Assert.Equal(title, RussianTimeZones.Title(id));
}
