using System.Net;
using Parta.Access;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;

namespace Parta.Web.Tests.Scheduling;

/// <summary>Substitutions, cancelled, moved and extra lessons of one date, their suggestions and clashes, and «Мой день».</summary>
public sealed class DailyChangesTests(TestApps apps)
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Substitute_FreeTeacher_LessonIsTheirsAndShowsInTheirDayNotTheAbsentOnes(Db db)
    {
        var app = await apps.GetAsync(db);
        var petrovaLogin = await app.CreateUserAsync(null, null, lastName: "Петрова");
        var ivanovaLogin = await app.CreateUserAsync(null, null, lastName: "Иванова");
        var s = await app.CreateSmallSchoolAsync(ivanovaAccount: ivanovaLogin, petrovaAccount: petrovaLogin);
        await app.AddMembershipAsync(s.School, petrovaLogin, SchoolRole.Teacher);
        await app.AddMembershipAsync(s.School, ivanovaLogin, SchoolRole.Teacher);
        using var coordinator = await app.CoordinatorAsync(s.School);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);

        var response = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["SubstituteId"] = s.Petrova.ToString(), ["Reason"] = "болезнь" },
            formSelector: "#substitute-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        Assert.Equal(maths.Id, after.Id);
        Assert.Equal(s.Petrova, after.TeacherId);
        Assert.Equal(LessonChangeKind.Substitution, after.Change);
        using var petrova = await app.SignedInClientAsync(petrovaLogin);
        var hers = await petrova.GetDocumentAsync($"/Scheduling/MyDay?date={Day(SmallSchool.Tuesday)}");
        var row = hers.QuerySelector($"#my-lessons tr[data-lesson='{maths.Id}']");
        Assert.NotNull(row);
        Assert.Contains("замена, по расписанию — Иванова И. П.", row!.TextContent, StringComparison.Ordinal);
        Assert.Contains("болезнь", row.TextContent, StringComparison.Ordinal);
        using var ivanova = await app.SignedInClientAsync(ivanovaLogin);
        var absent = await ivanova.GetDocumentAsync($"/Scheduling/MyDay?date={Day(SmallSchool.Tuesday)}");
        Assert.Null(absent.QuerySelector($"#my-lessons tr[data-lesson='{maths.Id}']"));
        Assert.Contains("ведёт Петрова И. П.", absent.QuerySelector("#given-away")!.TextContent, StringComparison.Ordinal);
        var changes = await coordinator.GetDocumentAsync($"/Scheduling/Changes?date={Day(SmallSchool.Tuesday)}");
        Assert.Contains("вместо Иванова И. П.", changes.QuerySelector($"tr[data-lesson='{maths.Id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Substitute_BusyTeacher_RefusedNamingTheirLesson(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);

        var response = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["SubstituteId"] = s.Sidorova.ToString(), ["Reason"] = "курсы" },
            formSelector: "#substitute-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(response), e => e.Contains("Сидорова И. П. в это время занят(а): 1-й урок, 6Б, Русский язык", StringComparison.Ordinal));
        Assert.Equal(s.Ivanova, (await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A)).TeacherId);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Suggestions_SameSubjectFreeTeacherFirst_BusyOneNotAmongTheFree(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        var extra = await app.CreateStaffAsync(s.School, "Алексеева");
        await app.CreateAssignmentAsync(s.School, extra, s.Maths, s.Class6B, null, 1); // teaches, but not on Tuesdays
        using var coordinator = await app.CoordinatorAsync(s.School);
        // 5А's Russian (Петрова, 2nd lesson): Сидорова teaches Russian and is free then; Иванова and Алексеева are free too.
        var russian = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Russian5A);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);

        var forRussian = await coordinator.GetDocumentAsync($"/Scheduling/Change?lessonId={russian.Id}");
        var forMaths = await coordinator.GetDocumentAsync($"/Scheduling/Change?lessonId={maths.Id}");

        var free = forRussian.QuerySelectorAll("#substitute-form optgroup").Take(2).SelectMany(g => g.QuerySelectorAll("option")).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Сидорова Ирина Павловна", "Алексеева Ирина Павловна", "Иванова Ирина Павловна"], free);
        Assert.Contains("Сидорова Ирина Павловна (ведёт этот предмет)", forRussian.QuerySelector("#suggested")!.TextContent, StringComparison.Ordinal);
        // At the 1st lesson Сидорова teaches 6Б: she is listed among the busy, with her lesson.
        var busy = forMaths.QuerySelectorAll("#substitute-form optgroup")[2].TextContent;
        Assert.Contains("Сидорова Ирина Павловна — 1-й урок, 6Б, Русский язык", busy, StringComparison.Ordinal);
        Assert.DoesNotContain("Сидорова", forMaths.QuerySelector("#suggested")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Cancel_ThenUndo_LessonBackAsTheTimetableHasIt(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);

        var cancelled = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["Reason"] = "экскурсия" }, formSelector: "#cancel-form");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        Assert.Equal(LessonChangeKind.Cancelled, after.Change);
        var page = await coordinator.GetDocumentAsync($"/Scheduling/Changes?date={Day(SmallSchool.Tuesday)}");
        Assert.Contains("Отменён", page.QuerySelector($"tr[data-lesson='{maths.Id}']")!.TextContent, StringComparison.Ordinal);

        var undone = await coordinator.SubmitFormAsync($"/Scheduling/Changes?date={Day(SmallSchool.Tuesday)}",
            new Dictionary<string, string> { ["changeId"] = after.LessonChangeId!.Value.ToString(), ["date"] = Day(SmallSchool.Tuesday) },
            formSelector: $"tr[data-lesson='{maths.Id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var restored = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        Assert.Equal(maths.Id, restored.Id);
        Assert.Null(restored.Change);
        Assert.Null(restored.LessonChangeId);
        Assert.Equal((s.Ivanova, 1, (Guid?)s.Room101), (restored.TeacherId, restored.Number, restored.RoomId));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Move_IntoABusyRoom_RefusedNamingTheClash_ToAFreeNumber_Moved(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(s.School);
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);

        var clash = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["NewNumber"] = "1", ["RoomId"] = s.Room202.ToString() }, formSelector: "#move-form");
        var classBusy = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["NewNumber"] = "2", ["RoomId"] = s.Room101.ToString() }, formSelector: "#move-form");
        var moved = await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["NewNumber"] = "3", ["RoomId"] = s.Room101.ToString() }, formSelector: "#move-form");

        Assert.Contains(await OrganisationData.ErrorsAsync(clash), e => e.Contains("Кабинет 202 в это время занят: 1-й урок, 6Б, Русский язык", StringComparison.Ordinal));
        Assert.Contains(await OrganisationData.ErrorsAsync(classBusy), e => e.Contains("У 5А в это время другой урок: 2-й урок, 5А, Русский язык", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        Assert.Equal((maths.Id, 3, 1, LessonChangeKind.Moved, (TimeOnly?)new TimeOnly(10, 20)), (after.Id, after.Number, after.Slot, after.Change!.Value, after.Start));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ExtraLesson_OnAHoliday_Refused_OnASchoolDay_Added(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.CalendarEntries.Add(new Parta.Organisation.CalendarEntry
            {
                SchoolId = s.School.Id, AcademicYearId = s.YearId, Kind = Parta.Organisation.CalendarEntryKind.PublicHoliday, Name = "Праздник",
                Start = new DateOnly(2026, 12, 4), End = new DateOnly(2026, 12, 4),
            });
            await d.SaveChangesAsync();
        });
        using var coordinator = await app.CoordinatorAsync(s.School);

        var holiday = await coordinator.SubmitFormAsync("/Scheduling/Changes?date=2026-12-04", new Dictionary<string, string>
        {
            ["Date"] = "2026-12-04", ["AssignmentId"] = s.Maths5A.ToString(), ["Number"] = "3", ["RoomId"] = s.Room101.ToString(),
        }, formSelector: "#extra-form");
        var schoolDay = await coordinator.SubmitFormAsync($"/Scheduling/Changes?date={Day(SmallSchool.Tuesday)}", new Dictionary<string, string>
        {
            ["Date"] = Day(SmallSchool.Tuesday), ["AssignmentId"] = s.Maths5A.ToString(), ["Number"] = "3", ["RoomId"] = s.Room101.ToString(),
        }, formSelector: "#extra-form");

        Assert.Contains(await OrganisationData.ErrorsAsync(holiday), e => e.Contains("04.12.2026 у 5А не учебный день", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, schoolDay.StatusCode);
        var lessons = (await app.LessonsAsync(s.School, SmallSchool.Tuesday)).Where(l => l.TeachingAssignmentId == s.Maths5A).ToList();
        Assert.Equal([(1, (LessonChangeKind?)null), (3, LessonChangeKind.Extra)], lessons.Select(l => (l.Number, l.Change)).OrderBy(x => x.Number));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Teacher_PostsAChange_Forbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSmallSchoolAsync();
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Teacher));
        var maths = await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A);
        var token = (await teacher.GetDocumentAsync("/Account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await teacher.PostAsync($"/Scheduling/Change?lessonId={maths.Id}&handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["LessonId"] = maths.Id.ToString(), ["Reason"] = "болезнь",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await app.LessonAsync(s.School, SmallSchool.Tuesday, s.Maths5A)).Change);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MyDay_ParentWithoutAStaffCard_SeesAMessage(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var parent = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Parent));

        var page = await parent.GetDocumentAsync("/Scheduling/MyDay");

        Assert.Contains("не связана с карточкой сотрудника", page.QuerySelector("#no-staff-card")!.TextContent, StringComparison.Ordinal);
        var nav = page.QuerySelector("nav")?.TextContent ?? "";
        Assert.DoesNotContain("Мой день", nav, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Home_Teacher_SeesTodaysLessonsWithTheirChange(Db db)
    {
        var app = await apps.GetAsync(db);
        var login = await app.CreateUserAsync(null, null, lastName: "Иванова");
        var s = await app.CreateSmallSchoolAsync(ivanovaAccount: login);
        await app.AddMembershipAsync(s.School, login, SchoolRole.Teacher);
        using var coordinator = await app.CoordinatorAsync(s.School);
        var maths = await app.LessonAsync(s.School, SmallSchool.Monday, s.Maths5A);
        await coordinator.SubmitFormAsync($"/Scheduling/Change?lessonId={maths.Id}",
            new Dictionary<string, string> { ["LessonId"] = maths.Id.ToString(), ["NewNumber"] = "3", ["RoomId"] = s.Room202.ToString() }, formSelector: "#move-form");
        using var teacher = await app.SignedInClientAsync(login);

        var home = await teacher.GetDocumentAsync("/");

        var row = home.QuerySelector($"section[aria-labelledby=today-lessons] tr[data-lesson='{maths.Id}']");
        Assert.NotNull(row);
        Assert.Contains("10:20–11:05", row!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Перенесён", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("202", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("a#my-day-link[href='/Scheduling/MyDay']"));
        Assert.Contains(home.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "Мой день");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task OutOfTimetableLesson_ItsTeacherKeepsOrDeletesIt_AnotherTeacherCannot(Db db)
    {
        var app = await apps.GetAsync(db);
        var login = await app.CreateUserAsync(null, null, lastName: "Иванова");
        var s = await app.CreateSmallSchoolAsync(ivanovaAccount: login);
        await app.AddMembershipAsync(s.School, login, SchoolRole.Teacher);
        var (kept, deleted) = await app.WithDbAsync(s.School.Id, async d =>
        {
            var lessons = d.Lessons.Where(l => l.TeachingAssignmentId == s.Maths5A && (l.Date == SmallSchool.Tuesday || l.Date == new DateOnly(2026, 12, 2))).OrderBy(l => l.Date).ToList();
            foreach (var l in lessons)
            {
                l.Topic = "Дроби";
                l.NotInTimetable = true;
            }

            await d.SaveChangesAsync();
            return (lessons[0].Id, lessons[1].Id);
        });
        using var other = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Teacher));
        using var teacher = await app.SignedInClientAsync(login);
        var token = (await other.GetDocumentAsync("/Account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var byOther = await other.PostAsync("/Scheduling/MyDay?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["lessonId"] = deleted.ToString(),
        }));
        var keep = await teacher.SubmitFormAsync("/Scheduling/MyDay", new Dictionary<string, string> { ["lessonId"] = kept.ToString() },
            formSelector: $"#out-of-timetable tr[data-lesson='{kept}'] form:nth-of-type(2)");
        var delete = await teacher.SubmitFormAsync("/Scheduling/MyDay", new Dictionary<string, string> { ["lessonId"] = deleted.ToString() },
            formSelector: $"#out-of-timetable tr[data-lesson='{deleted}'] form");

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await app.AnyAsync(s.School, d => d.Lessons.Where(l => l.Id == deleted)));
        Assert.False(await app.AnyAsync(s.School, d => d.Lessons.Where(l => l.Id == kept && l.NotInTimetable)));
        Assert.Empty((await teacher.GetDocumentAsync("/Scheduling/MyDay")).QuerySelectorAll("#out-of-timetable"));
    }
}
