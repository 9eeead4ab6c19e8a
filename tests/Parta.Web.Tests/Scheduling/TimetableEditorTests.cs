using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>A deputy director builds the timetable in the editor: a version, cells, conflicts refused and named, copies.</summary>
public sealed class TimetableEditorTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ADeputyDirector_StartsATimetable_PlacesALesson_AndSeesItInTheGridAndItsLessons(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);

        var empty = await client.GetDocumentAsync("/Scheduling");
        Assert.Contains("Начать расписание", empty.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var started = await client.SubmitFormAsync("/Scheduling", new Dictionary<string, string> { ["ValidFrom"] = "2026-09-01", ["yearId"] = s.YearId.ToString() },
            formSelector: "form[action*='handler=Start']");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var timetableId = await app.WithDbAsync(s.School.Id, d => d.Timetables.Select(t => t.Id).SingleAsync());

        var cell = $"/Scheduling/Cell?timetableId={timetableId}&rowId={s.ClassId}&day=2&number=3";
        var saved = await client.SubmitFormAsync(cell, Slot(timetableId, s.ClassId, 2, 3, ("AssignmentId", s.Maths.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"#c-{s.ClassId}-2-3", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        var grid = await client.GetDocumentAsync($"/Scheduling?timetableId={timetableId}");
        Assert.Equal("5А, Вт, 3-й урок: Матем.", grid.QuerySelector($"#c-{s.ClassId}-2-3")!.GetAttribute("title"));
        Assert.Equal("Конфликты: нет", grid.QuerySelector("#conflicts-title")!.TextContent.Trim());
        Assert.Contains("Часы расходятся с нагрузкой или учебным планом: 4", grid.QuerySelector("#conflicts details summary")!.TextContent, StringComparison.Ordinal);
        var lessons = await app.LessonsAsync(s.School.Id, new(2026, 11, 30), new(2026, 12, 6));
        Assert.Equal([(new DateOnly(2026, 12, 1), 3)], lessons.Select(l => (l.Date, l.Number)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ATeacherInTwoPlaces_IsRefusedNamingTheOtherLesson_AndNothingIsSaved(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var class5B = await app.CreateClassAsync(s.School, 5, "Б");
        var maths5B = await app.CreateAssignmentAsync(s.School, s.MathsTeacher, (await app.WithDbAsync(s.School.Id, d => d.TeachingAssignments.Where(a => a.Id == s.Maths).Select(a => a.SubjectId).SingleAsync())), class5B, null, 4);
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 2, s.Maths, WeekParity.Every));

        var refused = await client.SubmitFormAsync($"/Scheduling/Cell?timetableId={timetableId}&rowId={class5B}&day=1&number=2",
            Slot(timetableId, class5B, 1, 2, ("AssignmentId", maths5B.ToString())));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PageClient.ParseAsync(refused);
        Assert.Equal("Понедельник, 2-й урок: у учителя Иванова И. П. два урока сразу — Математика, 5А и Математика, 5Б.",
            page.QuerySelector(".validation-summary-errors li")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("button[name=keepHours]"));
        Assert.Equal(1, await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HoursOverTheCurriculum_AreRefusedWithAKeepAnywayButton_AndKeptWhenPressed(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false,
            (1, 1, s.Maths, WeekParity.Every), (2, 1, s.Maths, WeekParity.Every), (3, 1, s.Maths, WeekParity.Every), (4, 1, s.Maths, WeekParity.Every));
        var cell = $"/Scheduling/Cell?timetableId={timetableId}&rowId={s.ClassId}&day=5&number=1";

        var refused = await client.SubmitFormAsync(cell, Slot(timetableId, s.ClassId, 5, 1, ("AssignmentId", s.Maths.ToString())));

        var page = await PageClient.ParseAsync(refused);
        Assert.Equal(
            ["Математика, 5А (Иванова И. П.): в расписании 5 ч в неделю, по нагрузке 4 ч.", "5А, Математика: в расписании 5 ч в неделю, по учебному плану 4 ч."],
            page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("button[name=keepHours]"));

        var kept = await client.SubmitFormAsync(cell, Slot(timetableId, s.ClassId, 5, 1, ("AssignmentId", s.Maths.ToString()), ("keepHours", "true")));
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(5, await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.CountAsync()));
        var grid = await client.GetDocumentAsync($"/Scheduling?timetableId={timetableId}");
        Assert.Contains("Больше: Математика, 5А (Иванова И. П.): в расписании 5 ч в неделю, по нагрузке 4 ч.", grid.QuerySelector("#conflicts")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task CopyingADay_CopiesTheClassesLessons_AndLeavesOutAndNamesOneThatWouldConflict(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var class5B = await app.CreateClassAsync(s.School, 5, "Б");
        var russianSubject = await app.WithDbAsync(s.School.Id, d => d.TeachingAssignments.Where(a => a.Id == s.Russian).Select(a => a.SubjectId).SingleAsync());
        var russian5B = await app.CreateAssignmentAsync(s.School, s.RussianTeacher, russianSubject, class5B, null, 5);
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false,
            (1, 1, s.Maths, WeekParity.Every), (1, 2, s.Russian, WeekParity.Every), (2, 2, russian5B, WeekParity.Every));

        var copied = await client.SubmitFormAsync($"/Scheduling?timetableId={timetableId}",
            new Dictionary<string, string> { ["timetableId"] = timetableId.ToString(), ["FromClassId"] = s.ClassId.ToString(), ["FromDay"] = "1", ["ToDay"] = "2" },
            formSelector: "form[action*='handler=Copy']");

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var grid = await client.GetDocumentAsync(copied.Headers.Location!.ToString());
        Assert.Contains("Скопировано: 1 урок. Не скопировано (1): Пн, 2-й урок, Русский язык, 5А (Петрова И. П.): Вторник, 2-й урок: у учителя Петрова И. П. два урока сразу",
            grid.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5А, Вт, 1-й урок: Матем.", grid.QuerySelector($"#c-{s.ClassId}-2-1")!.GetAttribute("title"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TwoPeopleChangingOneLesson_TheLaterIsToldAndNothingIsOverwritten(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every));
        var line = await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.SingleAsync());
        var cell = $"/Scheduling/Cell?timetableId={timetableId}&rowId={s.ClassId}&day=1&number=1&lineId={line.Id}";
        var opened = (await client.GetDocumentAsync(cell)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Meanwhile another deputy director gives the lesson to Russian.
        var other = await app.UseAsync<PlaceLesson, Parta.Common.Result<TimetableEntry>>(s.School.Id,
            u => u.HandleAsync(new PlaceLesson.Request(timetableId, 1, 1, s.Russian, null, LineId: line.Id)));
        Assert.True(other.Succeeded);

        var late = await client.SubmitFormAsync(cell, Slot(timetableId, s.ClassId, 1, 1,
            ("AssignmentId", s.Maths.ToString()), ("LineId", line.Id.ToString()), ("Version", opened)), formSelector: "form[action*='handler=Save']");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Запись уже изменил другой пользователь", (await PageClient.ParseAsync(late)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(s.Russian, await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.Select(e => e.TeachingAssignmentId).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ADeputyDirector_ImportsTheTimetable_ButNoPeople_AndATeacherImportsNothing(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);

        var page = await client.GetDocumentAsync("/Importing?kind=timetable");

        Assert.Equal(["Расписание уроков"], page.QuerySelectorAll("#Kind option").Select(o => o.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("#Kind option[selected]"));
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Teacher));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/Importing")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ATeacher_MayNotOpenOrChangeTheTimetable(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false);
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Teacher));

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/Scheduling")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/Scheduling/Cell?timetableId={timetableId}&rowId={s.ClassId}&day=1&number=1")).StatusCode);
    }

    /// <summary>The fields of a cell's form: the slot it is for (hidden fields of the page) and the chosen values.</summary>
    private static Dictionary<string, string> Slot(Guid timetableId, Guid rowId, int day, int number, params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string>
        {
            ["TimetableId"] = timetableId.ToString(), ["RowId"] = rowId.ToString(), ["Day"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["LineId"] = "",
        };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    private async Task<(PartaAppFactory App, TimetableSchool School, HttpClient Client)> ArrangeAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.DeputyDirector));
        return (app, s, client);
    }
}
