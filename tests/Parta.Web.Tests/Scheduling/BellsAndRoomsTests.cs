using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;

namespace Parta.Web.Tests.Scheduling;

/// <summary>Rooms and bells, and the lessons' times and days following bells, shortened days, shifts and moved days.</summary>
public sealed class BellsAndRoomsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Rooms_AddSortAndRefuseDuplicatesBadCapacityAndDeletingOneInUse(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);

        var gym = await coordinator.SubmitFormAsync("/Scheduling/Rooms", new Dictionary<string, string> { ["Name"] = "Спортзал", ["Capacity"] = "60" }, formSelector: "#room-form");
        var twenty = await coordinator.SubmitFormAsync("/Scheduling/Rooms", new Dictionary<string, string> { ["Name"] = "20" }, formSelector: "#room-form");
        var duplicate = await coordinator.SubmitFormAsync("/Scheduling/Rooms", new Dictionary<string, string> { ["Name"] = "спортзал" }, formSelector: "#room-form");
        var tooMany = await coordinator.SubmitFormAsync("/Scheduling/Rooms", new Dictionary<string, string> { ["Name"] = "Актовый зал", ["Capacity"] = "1001" }, formSelector: "#room-form");
        var inUse = await coordinator.SubmitFormAsync("/Scheduling/Rooms", new Dictionary<string, string> { ["roomId"] = s.Room101.ToString() },
            formSelector: "#rooms tbody tr:first-child form");

        Assert.Equal(HttpStatusCode.Redirect, gym.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, twenty.StatusCode);
        Assert.Contains("Кабинет «Спортзал» в школе уже есть.", await OrganisationData.ErrorsAsync(duplicate));
        Assert.Contains("«Мест»: число от 1 до 1000.", await OrganisationData.ErrorsAsync(tooMany));
        Assert.Contains(await OrganisationData.ErrorsAsync(inUse), e => e.Contains("используется в расписании: 5 уроков", StringComparison.Ordinal));
        var list = await coordinator.GetDocumentAsync("/Scheduling/Rooms");
        Assert.Equal(["20", "101", "202", "Спортзал"], list.QuerySelectorAll("#rooms tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Bells_OverlappingOrBackwards_RefusedNextToTheField(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);

        var response = await coordinator.SubmitFormAsync("/Scheduling/Bells", new Dictionary<string, string>
        {
            ["Shift"] = "1", ["Shortened"] = "false",
            ["Bells[0].Number"] = "0", ["Bells[0].Start"] = "", ["Bells[0].End"] = "",
            ["Bells[1].Number"] = "1", ["Bells[1].Start"] = "08:30", ["Bells[1].End"] = "09:15",
            ["Bells[2].Number"] = "2", ["Bells[2].Start"] = "09:10", ["Bells[2].End"] = "09:55",
            ["Bells[3].Number"] = "3", ["Bells[3].Start"] = "11:00", ["Bells[3].End"] = "10:40",
        }, formSelector: "#bells-s1full");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        var form = page.QuerySelector("#bells-s1full")!;
        Assert.Contains("Урок начинается до конца 1-го урока (09:15)", form.QuerySelector("[data-valmsg-for='Bells[2].Start']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Урок кончается позже, чем начинается.", form.QuerySelector("[data-valmsg-for='Bells[3].End']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("11:00", form.QuerySelector("input[name='Bells[3].Start']")!.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Bells_Changed_FutureLessonsTakeTheNewTimes_AndAShortenedDayItsShortBells(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);

        var saved = await coordinator.SubmitFormAsync("/Scheduling/Bells", new Dictionary<string, string>
        {
            ["Shift"] = "1", ["Shortened"] = "false",
            ["Bells[0].Number"] = "1", ["Bells[0].Start"] = "09:00", ["Bells[0].End"] = "09:40",
            ["Bells[1].Number"] = "2", ["Bells[1].Start"] = "09:50", ["Bells[1].End"] = "10:30",
        }, formSelector: "#bells-s1full");
        var shortened = await coordinator.SubmitFormAsync("/Scheduling/Bells", new Dictionary<string, string>
        {
            ["DayDate"] = "2026-12-02", ["DayReason"] = "Педсовет",
        }, formSelector: "#day-form");
        var outside = await coordinator.SubmitFormAsync("/Scheduling/Bells", new Dictionary<string, string> { ["DayDate"] = "2027-09-02" }, formSelector: "#day-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, shortened.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(outside), e => e.Contains("вне допустимого промежутка", StringComparison.Ordinal));
        var tuesday = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Russian5A);
        Assert.Equal((new TimeOnly(9, 50), new TimeOnly(10, 30)), (tuesday.Start!.Value, tuesday.End!.Value));
        var wednesday = await app.LessonAsync(s.School, new DateOnly(2026, 12, 2), s.Russian5A);
        Assert.Equal((new TimeOnly(9, 10), new TimeOnly(9, 40)), (wednesday.Start!.Value, wednesday.End!.Value));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MovedWorkingDay_SaturdayAsMonday_HasMondaysLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);
        var saturday = new DateOnly(2026, 12, 5);
        Assert.Empty(await app.LessonsAsync(s.School, saturday));

        var wrongKind = await coordinator.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={s.YearId}", new Dictionary<string, string>
        {
            ["yearId"] = s.YearId.ToString(), ["Kind"] = "Holidays", ["Name"] = "Каникулы", ["Start"] = "2026-12-28", ["TimetableDay"] = "1",
        }, formSelector: "#add-form");
        var added = await coordinator.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={s.YearId}", new Dictionary<string, string>
        {
            ["yearId"] = s.YearId.ToString(), ["Kind"] = "WorkingDay", ["Name"] = "Рабочая суббота", ["Start"] = "2026-12-05", ["TimetableDay"] = "1",
        }, formSelector: "#add-form");

        Assert.Contains("Расписание какого дня — только для перенесённого рабочего дня.", await OrganisationData.ErrorsAsync(wrongKind));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lessons = await app.LessonsAsync(s.School, saturday);
        Assert.Equal(3, lessons.Count);
        Assert.Equal([s.Maths5A, s.Russian5A, s.Russian6B], lessons.Select(l => l.TeachingAssignmentId).Order());
        var entryId = await app.QueryAsync(s.School, d => d.CalendarEntries.Where(e => e.Name == "Рабочая суббота").Select(e => e.Id).SingleAsync());
        var removed = await coordinator.SubmitFormAsync($"/Organisation/Years/Calendar?yearId={s.YearId}", new Dictionary<string, string> { ["entryId"] = entryId.ToString() },
            formSelector: "td form");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await app.LessonsAsync(s.School, saturday));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassShift_ChangedToTheSecond_ItsLessonsTakeTheSecondShiftsBells(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.Bells.Add(new Bell { SchoolId = s.School.Id, Shift = 2, Number = 1, Start = new TimeOnly(14, 0), End = new TimeOnly(14, 45) });
            await d.SaveChangesAsync();
        });
        using var coordinator = await app.CoordinatorAsync(s.School);

        var bad = await coordinator.SubmitFormAsync($"/Organisation/Classes/Edit?id={s.Class5A}", new Dictionary<string, string>
        {
            ["Id"] = s.Class5A.ToString(), ["YearId"] = s.YearId.ToString(), ["Grade"] = "5", ["Letter"] = "А", ["Shift"] = "3",
        });
        var saved = await coordinator.SubmitFormAsync($"/Organisation/Classes/Edit?id={s.Class5A}", new Dictionary<string, string>
        {
            ["Id"] = s.Class5A.ToString(), ["YearId"] = s.YearId.ToString(), ["Grade"] = "5", ["Letter"] = "А", ["Shift"] = "2",
        });

        Assert.Contains("«Смена»: число от 1 до 2.", await OrganisationData.ErrorsAsync(bad));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        Assert.Equal(new TimeOnly(14, 0), maths.Start);
        var russian = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Russian5A);
        Assert.Null(russian.Start); // the second shift rings no 2nd lesson yet
        Assert.Equal(new TimeOnly(8, 30), (await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Russian6B)).Start);
    }
}
