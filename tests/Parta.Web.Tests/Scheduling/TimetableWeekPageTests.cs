using System.Net;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>«Расписание на неделю»: who opens whose week.</summary>
public sealed class TimetableWeekPageTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Parent_WithoutParameters_SeesTheirChildsWeek_AndAnotherChildIs404(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Parent);

        var own = await client.GetDocumentAsync("/Scheduling/Week");
        using var child = await client.GetAsync($"/Scheduling/Week?studentId={w.AnnaId}");
        using var other = await client.GetAsync($"/Scheduling/Week?studentId={w.BorisId}");
        using var otherClass = await client.GetAsync($"/Scheduling/Week?classId={w.OtherClassId}");
        using var teacher = await client.GetAsync($"/Scheduling/Week?teacherId={w.IvanovaId}");

        Assert.Contains("Кузнецова Анна Дмитриевна", own.QuerySelector("h1")!.TextContent);
        Assert.Contains("30.11.2026 – 06.12.2026", own.QuerySelector("#week-range")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, child.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherClass.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, teacher.StatusCode);
        Assert.Null(own.QuerySelector("#pick-classId"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ChildsWeek_ShowsTheGrid_WithTodayAndTheSubstitutionMarkedInWords(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Parent);

        var page = await client.GetDocumentAsync($"/Scheduling/Week?studentId={w.AnnaId}&date=2026-12-03");

        var heads = page.QuerySelectorAll("#week-grid thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(6, heads.Count); // «Урок» and Пн…Пт
        Assert.Contains("сегодня", heads[1]);
        Assert.StartsWith("Пн, 30.11", heads[1]);
        var cells = page.QuerySelectorAll("#week-grid tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(2, cells.Count); // lessons 1 and 2
        var substitution = page.QuerySelector("#week-grid .lesson-substitution")!.TextContent;
        Assert.Contains("замена", substitution);
        Assert.Contains("вместо Иванова", substitution);
        Assert.NotNull(page.QuerySelector(".timetable-legend"));
        Assert.DoesNotContain("Английский 2", page.QuerySelector("#week-grid")!.TextContent);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Student_SeesThemself_AndNoOneElse(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.AnnaAccount);

        var own = await client.GetDocumentAsync("/Scheduling/Week");
        using var other = await client.GetAsync($"/Scheduling/Week?studentId={w.BorisId}");

        Assert.Contains("Кузнецова Анна Дмитриевна", own.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Teacher_OpensOwnWeekByDefault_AndAnyClassOrRoom(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Teacher);

        var own = await client.GetDocumentAsync("/Scheduling/Week");
        using var anyClass = await client.GetAsync($"/Scheduling/Week?classId={w.OtherClassId}");
        var room = await client.GetDocumentAsync($"/Scheduling/Week?roomId={w.RoomId}");
        var student = await client.GetDocumentAsync($"/Scheduling/Week?studentId={w.BorisId}");

        Assert.Contains("Иванова Ирина Павловна", own.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, own.QuerySelectorAll("#week-grid .lesson").Length); // Monday's class lesson and Wednesday's elective, not Tuesday's substitution
        Assert.Equal(HttpStatusCode.OK, anyClass.StatusCode);
        Assert.Contains("кабинет 214", room.QuerySelector("h1")!.TextContent);
        Assert.Contains("Борисов Борис Ильич", student.QuerySelector("h1")!.TextContent);
        Assert.NotNull(own.QuerySelector("#pick-classId"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Week_InHolidays_NamesTheHolidayInsteadOfLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        var yearId = await app.CurrentYearAsync(w.School);
        await app.WithDbAsync(w.School.Id, async d =>
        {
            d.CalendarEntries.Add(new CalendarEntry
            {
                SchoolId = w.School.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.Holidays, Name = "Зимние каникулы",
                Start = new DateOnly(2026, 12, 28), End = new DateOnly(2027, 1, 10),
            });
            await d.SaveChangesAsync();
        });
        await app.RefreshLessonsAsync(w.School, new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 10));
        using var client = await app.SignedInClientAsync(w.Coordinator);

        var page = await client.GetDocumentAsync($"/Scheduling/Week?classId={w.ClassId}&date=2026-12-30");

        Assert.NotNull(page.QuerySelector("#week-empty"));
        var days = page.QuerySelectorAll("#week-days .timetable-day").Select(d => d.TextContent).ToList();
        Assert.Equal(5, days.Count);
        Assert.All(days, d => Assert.Contains("Каникулы: Зимние каникулы", d));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Print_ShowsEachDaysClassesWithGroupSplits(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Teacher);

        var page = await client.GetDocumentAsync("/Scheduling/Print");

        Assert.NotNull(page.QuerySelector("button[data-print]"));
        var monday = page.QuerySelector("#print-day-1")!.ParentElement!;
        var row = monday.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == w.ClassName);
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Contains("матем., 214", cells[0]);
        Assert.Contains("Английский 1", cells[1]);
        Assert.Contains("Английский 2", cells[1]);
        Assert.Contains("Робототехника", page.QuerySelector("#print-day-3")!.ParentElement!.TextContent);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Print_ForAParent_IsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Parent);

        using var response = await client.GetAsync("/Scheduling/Print");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
