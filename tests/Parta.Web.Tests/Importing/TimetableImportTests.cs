using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Scheduling;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>
/// The timetable as a spreadsheet: the file replaces its classes' lines in the version in force, is checked row by row and
/// then as a whole by the editor's conflict check, makes the lessons of the coming days, and exports back unchanged.
/// </summary>
public sealed class TimetableImportTests(TestApps apps)
{
    private const string Header = "Класс;Группа;День;Урок;Предмет;Учитель;Кабинет;Недели";

    /// <summary>5А's week as its load and curriculum want it: mathematics 4 h (Иванова), Russian 5 h (Петрова).</summary>
    private static readonly string[] FullWeekOf5A =
    [
        Header,
        "5А;;Пн;1;Математика;Иванова И. П.;214;",
        "5А;;вторник;1;Матем.;;;",
        "5А;;Ср;1;математика;Иванова Ирина Павловна;;каждую",
        "5А;;Чт;1;Математика;;;",
        "5А;;Пн;2;Русский язык;;;",
        "5А;;Вт;2;Русский язык;;;",
        "5А;;Ср;2;Русский язык;;;",
        "5А;;Чт;2;Русский язык;;;",
        "5А;;Пт;2;Русский язык;Петрова И.П.;;",
    ];

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AGoodFile_IsPreviewedWithoutWriting_ThenApplied_AndItsLessonsAppearForTheComingWeek(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        await app.CreateRoomAsync(s.School, "214");

        var (response, preview) = await client.PreviewAsync("timetable", "расписание.csv", Utf8Csv(FullWeekOf5A));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Errors(preview));
        Assert.Equal((9, 0, 0), Counts(preview)["Уроки расписания"]);
        Assert.Equal(
            ["В 2026/2027 учебном году ещё нет расписания: будет создано расписание с 01.09.2026.",
             "Будут заменены уроки класса 5А. В расписании с 01.09.2026 у них сейчас 0 уроков, по файлу — 9."],
            preview.QuerySelectorAll(".import-note").Select(p => p.TextContent.Trim()));
        Assert.Null(preview.QuerySelector(".import-warnings"));
        Assert.Equal(0, await app.WithDbAsync(s.School.Id, d => d.Timetables.CountAsync()));

        var applied = await client.ApplyAsync(preview);

        Assert.Contains("Импорт выполнен", applied.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var timetable = await app.WithDbAsync(s.School.Id, d => d.Timetables.SingleAsync());
        Assert.Equal(TestData.YearStart, timetable.ValidFrom);
        Assert.Equal(
            ["1 1 Математика 214", "1 2 Русский язык ", "2 1 Математика ", "2 2 Русский язык ", "3 1 Математика ", "3 2 Русский язык ",
             "4 1 Математика ", "4 2 Русский язык ", "5 2 Русский язык "],
            await LinesAsync(app, s));
        var lessons = await app.LessonsAsync(s.School.Id, new(2026, 11, 30), new(2026, 12, 6));
        Assert.Equal(9, lessons.Count);
        Assert.Contains(lessons, l => l.Date == new DateOnly(2026, 12, 4) && l.Number == 2 && l.TeachingAssignmentId == s.Russian && l.TeacherId == s.RussianTeacher);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AFileOfOneClass_ReplacesOnlyThatClassesLines_AndOtherClassesStayUntouched(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var class5B = await app.CreateClassAsync(s.School, 5, "Б");
        var maths5B = await app.CreateAssignmentAsync(s.School, s.MathsTeacher, await SubjectOfAsync(app, s, s.Maths), class5B, null, 4);
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 5, s.Russian, WeekParity.Every), (1, 3, maths5B, WeekParity.Every));
        await app.RefreshAsync(s.School.Id, new(2026, 11, 30), new(2026, 12, 6));

        var (_, preview) = await client.PreviewAsync("timetable", "5а.csv", Utf8Csv(Header, "5А;;Пн;1;Математика;;;", "5А;;Пн;2;Русский язык;;;"));
        await client.ApplyAsync(preview);

        Assert.Equal(
            "Будут заменены уроки класса 5А. В расписании с 01.09.2026 у них сейчас 1 урок, по файлу — 2; уроков, которых нет в файле, будет удалено: 1.",
            preview.QuerySelector(".import-note")!.TextContent.Trim());
        Assert.Equal(["5А 1 1 Математика ", "5А 1 2 Русский язык ", "5Б 1 3 Математика "], await LinesAsync(app, s, withClass: true));
        var monday = await app.LessonsAsync(s.School.Id, new(2026, 11, 30), new(2026, 11, 30));
        Assert.Equal([(1, s.Maths), (2, s.Russian), (3, maths5B)], monday.Select(l => (l.Number, l.TeachingAssignmentId)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EachBadRow_IsNamedByRowAndColumn_AndNothingIsWritten(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var sidorova = await app.CreateStaffAsync(s.School, "Сидорова");
        var physics = await app.CreateSubjectAsync(s.School, "Физика", "Физ.");
        await app.CreateAssignmentAsync(s.School, sidorova, await SubjectOfAsync(app, s, s.Maths), s.ClassId, null, 1);
        var file = Utf8Csv(
            Header,
            "5В;;Пн;1;Математика;Иванова И. П.;;",
            "5А;Немецкий;Пн;1;Математика;Иванова И. П.;;",
            "5А;;Вс;1;Математика;Иванова И. П.;;",
            "5А;;Пн;11;Математика;Иванова И. П.;;",
            "5А;;Пн;1;Физика;;;",
            "5А;;Пн;1;Математика;;;",
            "5А;;Пн;1;Математика;Петрова Ирина Павловна;;",
            "5А;;Пн;1;Русский язык;;999;",
            "5А;;Пн;1;Русский язык;;;нечёт",
            "5А;;Пн;1;Русский язык;;;иногда",
            "5А;;Ср;3;Русский язык;;;",
            "5А;;Ср;3;Русский язык;;;");

        var (_, preview) = await client.PreviewAsync("timetable", "ошибки.csv", file);

        var errors = Errors(preview);
        Assert.Equal(
        [
            "Строка 2, «Класс»: нет класса «5В» в 2026/2027 учебном году",
            "Строка 3, «Группа»: нет группы «Немецкий» в классе 5А",
            "Строка 4, «День»: неверный день «Вс» (нужно Пн, Вт, Ср, Чт, Пт или Сб)",
            "Строка 5, «Урок»: номер урока — число от 0 до 10, а не «11»",
            "Строка 6, «Предмет»: у 5А нет учебной нагрузки по предмету «Физика»: добавьте её на странице «Учебная нагрузка»",
            "Строка 7, «Учитель»: предмет «Математика» у 5А ведут несколько учителей (Иванова И. П., Сидорова И. П.): укажите учителя",
            "Строка 8, «Учитель»: «Петрова Ирина Павловна» не ведёт предмет «Математика» у 5А; по нагрузке ведёт: Иванова И. П., Сидорова И. П.",
            "Строка 9, «Кабинет»: нет кабинета «999» среди кабинетов школы: добавьте его на странице «Кабинеты»",
            "Строка 10, «Недели»: «нечёт»: чётные и нечётные недели различаются только в расписании с чередованием недель, а расписание с 01.09.2026 без чередования",
            "Строка 11, «Недели»: неверное значение «иногда» (нужно пусто, «каждую», «нечёт» или «чёт»)",
            "Строка 13, «Урок»: урок 5А в этот день и час уже есть в строке 12",
        ], errors);
        Assert.Null(ApplyForm(preview));
        Assert.Equal(0, await app.WithDbAsync(s.School.Id, d => d.Timetables.CountAsync()));
        Assert.NotEqual(Guid.Empty, physics);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ATeacherInTwoPlaces_RefusesTheFile_NamingBothRows_AndNothingIsWritten(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        var class5B = await app.CreateClassAsync(s.School, 5, "Б");
        await app.CreateAssignmentAsync(s.School, s.MathsTeacher, await SubjectOfAsync(app, s, s.Maths), class5B, null, 4);
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (3, 3, s.Russian, WeekParity.Every));

        var (_, preview) = await client.PreviewAsync("timetable", "два-места.csv", Utf8Csv(Header, "5А;;Пн;1;Математика;;;", "5Б;;Пн;1;Математика;;;"));

        const string Busy = "Понедельник, 1-й урок: у учителя Иванова И. П. два урока сразу — Математика, 5А и Математика, 5Б.";
        Assert.Equal([$"Строка 2, «Учитель»: {Busy}", $"Строка 3, «Учитель»: {Busy}"], Errors(preview));
        Assert.Null(ApplyForm(preview));
        Assert.Equal(["5А 3 3 Русский язык "], await LinesAsync(app, s, withClass: true));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HoursThatDifferFromThePlan_AreWarnings_AndDoNotBlock(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);

        var (_, preview) = await client.PreviewAsync("timetable", "мало.csv", Utf8Csv(Header, "5А;;Пн;1;Математика;;;", "5А;;Вт;1;Математика;;;"));

        Assert.Empty(Errors(preview));
        Assert.Equal("Предупреждения", preview.QuerySelector(".import-warnings h3")!.TextContent.Trim());
        var warnings = preview.QuerySelectorAll(".import-warnings li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Математика, 5А (Иванова И. П.): в расписании 2 ч в неделю, по нагрузке 4 ч.", warnings);
        Assert.Contains("5А, Математика: в расписании 2 ч в неделю, по учебному плану 4 ч.", warnings);
        Assert.Contains("Русский язык, 5А (Петрова И. П.): в расписании 0 ч в неделю, по нагрузке 5 ч.", warnings);

        var applied = await client.ApplyAsync(preview);

        Assert.Contains("Импорт выполнен", applied.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1 1 Математика ", "2 1 Математика "], await LinesAsync(app, s));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AnExport_ImportsBack_WithTheSameLinesAndNothingToChange(Db db)
    {
        var (app, s, client) = await ArrangeAsync(db);
        await app.CreateRoomAsync(s.School, "214");
        var group = await app.CreateGroupAsync(s.School, "Английский 1", s.ClassId);
        var groupName = await app.WithDbAsync(s.School.Id, d => d.StudyGroups.Where(g => g.Id == group).Select(g => g.Name).SingleAsync());
        var english = await app.CreateSubjectAsync(s.School, "Английский язык", "Англ.");
        await app.CreateAssignmentAsync(s.School, s.RussianTeacher, english, null, group, 1);
        await client.ImportAsync("timetable", "расписание.csv", Utf8Csv([.. FullWeekOf5A, $"5А;{groupName};Пт;3;Английский язык;;214;"]));
        var before = await LinesAsync(app, s, withClass: true);

        var export = await client.GetAsync("/Importing?handler=Export&kind=timetable");
        var exported = await export.Content.ReadAsByteArrayAsync();
        var (_, preview) = await client.PreviewAsync("timetable", "экспорт.xlsx", exported);
        await client.ApplyAsync(preview);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Empty(Errors(preview));
        Assert.Equal((0, 0, 10), Counts(preview)["Уроки расписания"]);
        Assert.Equal(before, await LinesAsync(app, s, withClass: true));
        Assert.Equal(10, before.Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TheTemplate_HasTheDocumentedColumns(Db db)
    {
        var (_, _, client) = await ArrangeAsync(db);

        var template = await client.GetAsync("/Importing?handler=Template&kind=timetable");
        var (_, preview) = await client.PreviewAsync("timetable", "шаблон.xlsx", await template.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("шаблон-timetable.xlsx", template.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.DoesNotContain(Errors(preview), e => e.Contains("Нет обязательного столбца", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ACoordinatorWithoutTheScheduleEditRight_IsNotOfferedTheTimetable_AndIsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.RolePermissionOverrides.Add(new RolePermissionOverride
            {
                SchoolId = s.School.Id, Role = SchoolRole.Coordinator, Permission = Permissions.ScheduleEdit, Granted = false,
            });
            await d.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync("/Importing");
        var export = await client.GetAsync("/Importing?handler=Export&kind=timetable");
        var (preview, _) = await client.PreviewAsync("timetable", "расписание.csv", Utf8Csv(FullWeekOf5A));

        Assert.DoesNotContain("Расписание уроков", page.QuerySelectorAll("#Kind option").Select(o => o.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(s.School.Id, d => d.Timetables.CountAsync()));
    }

    private async Task<(PartaAppFactory App, TimetableSchool School, HttpClient Client)> ArrangeAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Coordinator));
        return (app, s, client);
    }

    private static Task<Guid> SubjectOfAsync(PartaAppFactory app, TimetableSchool s, Guid assignmentId) =>
        app.WithDbAsync(s.School.Id, d => d.TeachingAssignments.Where(a => a.Id == assignmentId).Select(a => a.SubjectId).SingleAsync());

    /// <summary>The lines of the school's timetables: «[class ]day number subject room», sorted.</summary>
    private static async Task<List<string>> LinesAsync(PartaAppFactory app, TimetableSchool s, bool withClass = false)
    {
        var lines = await app.WithDbAsync(s.School.Id, async d =>
        {
            var classes = await d.SchoolClasses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name);
            var groups = await d.StudyGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.SchoolClassId);
            var rooms = await d.Rooms.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name);
            var entries = await d.TimetableEntries.AsNoTracking().Include(e => e.TeachingAssignment!.Subject).ToListAsync();
            return entries.Select(e => new
            {
                e.Day, e.Number, Subject = e.TeachingAssignment!.Subject!.Name,
                Class = classes.GetValueOrDefault(e.TeachingAssignment.SchoolClassId ?? groups.GetValueOrDefault(e.TeachingAssignment.StudyGroupId ?? Guid.Empty) ?? Guid.Empty),
                Room = e.RoomId is { } r ? rooms[r] : "",
            }).ToList();
        });
        return lines.Select(l => $"{(withClass ? l.Class + " " : "")}{l.Day} {l.Number} {l.Subject} {l.Room}").Order(StringComparer.Ordinal).ToList();
    }
}
