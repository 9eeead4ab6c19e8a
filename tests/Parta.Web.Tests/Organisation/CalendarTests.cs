using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class CalendarTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AddHolidays_ThenAskADay_PageAnswersNotASchoolDay(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var added = await client.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={yearId}", new Dictionary<string, string>
        {
            ["yearId"] = yearId.ToString(), ["Kind"] = "Holidays", ["Name"] = "Осенние каникулы", ["Start"] = "2026-10-26", ["End"] = "2026-11-03",
        }, formSelector: "#add-form");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var holiday = await client.GetDocumentAsync($"/Organisation/Years/Calendar?yearId={yearId}&CheckDate=2026-10-28&CheckGrade=5");
        Assert.Contains("28.10.2026 для 5 классов — не учебный день", holiday.QuerySelector("#check-answer")!.TextContent, StringComparison.Ordinal);
        var monday = await client.GetDocumentAsync($"/Organisation/Years/Calendar?yearId={yearId}&CheckDate=2026-11-09&CheckGrade=5");
        Assert.Contains("— учебный день", monday.QuerySelector("#check-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(holiday.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("26.10.2026 – 03.11.2026", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SchoolCalendar_GradeHolidaysWeeksAndMovedDays_AnswerPerGrade(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.WithDbAsync(school.Id, async d =>
        {
            d.CalendarEntries.Add(new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.Holidays, Name = "Дополнительные каникулы", Start = new DateOnly(2027, 2, 15), End = new DateOnly(2027, 2, 21), Grade = 1 });
            d.CalendarEntries.Add(new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.PublicHoliday, Name = "День защитника Отечества", Start = new DateOnly(2027, 2, 23), End = new DateOnly(2027, 2, 23) });
            d.CalendarEntries.Add(new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.WorkingDay, Name = "Рабочая суббота", Start = new DateOnly(2027, 2, 27), End = new DateOnly(2027, 2, 27) });
            d.GradeSettings.Add(new GradeSettings { SchoolId = school.Id, AcademicYearId = yearId, Grade = 10, DaysPerWeek = 6 });
            await d.SaveChangesAsync();
        });

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, "test");
        var calendar = scope.ServiceProvider.GetRequiredService<SchoolCalendar>();

        Assert.False(await calendar.IsSchoolDayAsync(1, new DateOnly(2027, 2, 16)));
        Assert.True(await calendar.IsSchoolDayAsync(2, new DateOnly(2027, 2, 16)));
        Assert.False(await calendar.IsSchoolDayAsync(5, new DateOnly(2027, 2, 23)));
        Assert.True(await calendar.IsSchoolDayAsync(5, new DateOnly(2027, 2, 27)));
        Assert.True(await calendar.IsSchoolDayAsync(10, new DateOnly(2027, 2, 20)));
        Assert.False(await calendar.IsSchoolDayAsync(5, new DateOnly(2027, 2, 20)));
        // Week of 22–28 February for grade 5: Mon 22, Wed 24, Thu 25, Fri 26, and the working Saturday 27.
        var days = await calendar.SchoolDaysAsync(5, new DateOnly(2027, 2, 22), new DateOnly(2027, 2, 28));
        Assert.Equal([22, 24, 25, 26, 27], days.Select(d => d.Day));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RemoveEntry_AsCoordinator_DayBecomesASchoolDayAgain(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var entryId = await app.WithDbAsync(school.Id, async d =>
        {
            var e = new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.DayOff, Name = "Перенос", Start = new DateOnly(2026, 12, 28), End = new DateOnly(2026, 12, 28) };
            d.CalendarEntries.Add(e);
            await d.SaveChangesAsync();
            return e.Id;
        });
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var byTeacher = await teacher.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={yearId}", new Dictionary<string, string> { ["entryId"] = entryId.ToString() },
            action: $"/Organisation/Years/Calendar?yearId={yearId}&handler=Remove", formSelector: "header form");
        Assert.Equal(HttpStatusCode.Forbidden, byTeacher.StatusCode);

        var removed = await coordinator.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={yearId}", new Dictionary<string, string> { ["entryId"] = entryId.ToString() },
            action: $"/Organisation/Years/Calendar?yearId={yearId}&handler=Remove", formSelector: "#add-form");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.AnyAsync(school, d => d.CalendarEntries));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RemoveEntry_ChangedSinceThePageWasOpened_IsRefusedAndKept(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var entryId = await app.WithDbAsync(school.Id, async d =>
        {
            var e = new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.Holidays, Name = "Каникулы", Start = new DateOnly(2026, 12, 29), End = new DateOnly(2027, 1, 8) };
            d.CalendarEntries.Add(e);
            await d.SaveChangesAsync();
            return e.Id;
        });
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var removeForm = await coordinator.OpenFormAsync($"/Organisation/Years/Calendar?yearId={yearId}", "tbody form");
        await app.WithDbAsync(school.Id, async d =>
        {
            (await d.CalendarEntries.SingleAsync(e => e.Id == entryId)).Name = "Зимние каникулы";
            await d.SaveChangesAsync();
        });

        var refused = await removeForm.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(refused), e => e.StartsWith("Запись уже изменил другой пользователь", StringComparison.Ordinal));
        Assert.True(await app.AnyAsync(school, d => d.CalendarEntries.Where(e => e.Id == entryId)));
    }
}
