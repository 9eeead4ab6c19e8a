using Parta.Web.Hosting;

namespace Parta.Web.Tests.Hosting;

/// <summary>Which menu entry a page belongs to: one, the most specific.</summary>
public sealed class NavigationTests
{
    private static readonly NavSection[] Sections =
    [
        new(null, [new("Главная", "/", null)]),
        new("Расписание", [new("Расписание", "/Scheduling", null), new("Замены", "/Scheduling/Changes", null), new("Расписание на неделю", "/Scheduling/Week", null)]),
        new(null, [new("Книга движения", "/Movement", null)]),
    ];

    [Theory]
    [InlineData("/Scheduling/Week", "/Scheduling/Week")]
    [InlineData("/Scheduling", "/Scheduling")]
    [InlineData("/Scheduling/Cell", "/Scheduling")]
    [InlineData("/Scheduling/Changes", "/Scheduling/Changes")]
    [InlineData("/Movement/Record", "/Movement")]
    [InlineData("/MovementX", null)]
    [InlineData("/", "/")]
    public void APage_BelongsToTheMostSpecificEntry(string path, string? entry) => Assert.Equal(entry, Navigation.Current(Sections, path));
}
