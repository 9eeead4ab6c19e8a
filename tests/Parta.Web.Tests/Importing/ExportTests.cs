using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>Templates and exports: every kind exports in its template's columns, and an export imports back unchanged.</summary>
public sealed class ExportTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Export_EveryKind_ImportsBackWithNothingToChange(Db db)
    {
        var app = await apps.GetAsync(db);
        var (_, client) = await app.SchoolWithCoordinatorAsync();
        await client.ImportAsync("staff", "сотрудники.csv", Utf8Csv(
            "ФИО;Дата рождения;Должности;Телефон;Email",
            "Иванова Мария Ивановна;12.04.1985;учитель, заместитель директора;+7 900 444-55-66;m.ivanova@example.ru",
            "Смирнов Олег Петрович;;учитель;;"));
        await client.ImportAsync("subjects", "предметы.csv", Utf8Csv("Предмет;Краткое название", "Математика;Матем.", "Русский язык;Рус. яз."));
        await client.ImportAsync("classes", "классы.csv", Utf8Csv("Класс;Классный руководитель", "5А;Иванова Мария Ивановна", "6В;"));
        await client.ImportAsync("curriculum", "план.csv", Utf8Csv(
            "Предмет;Параллель;Часов в неделю;Класс;Экзамен", "Математика;5;5;;", "Математика;9;5;;да", "Русский язык;5;4,5;5А;нет"));
        await client.ImportAsync("assignments", "нагрузка.csv", Utf8Csv(
            "Учитель;Предмет;Класс или группа;Часов в неделю", "Иванова Мария Ивановна;Математика;5А;5", "Смирнов Олег Петрович;Русский язык;6В;4"));
        await client.ImportAsync("students", "ученики.csv", Utf8Csv(
            StudentsHeader,
            "Петров Пётр Петрович;01.02.2015;м;К-1;5А;ул. Ленина, 1;+7 900 000-00-01;Петрова Мария Ивановна;мать;+7 900 000-00-02;m@example.ru;Петров Пётр Иванович;отец;;",
            "Сидорова Ольга Игоревна;11.12.2012;ж;;7Б;;;;;;;;;;"));

        foreach (var kind in new[] { "staff", "subjects", "classes", "curriculum", "assignments", "students" })
        {
            var response = await client.GetAsync($"/Importing?handler=Export&kind={kind}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var exported = await response.Content.ReadAsByteArrayAsync();

            var (_, preview) = await client.PreviewAsync(kind, "экспорт.xlsx", exported);

            Assert.Empty(Errors(preview));
            foreach (var (what, (created, updated, unchanged)) in Counts(preview))
            {
                Assert.True(created == 0 && updated == 0 && unchanged > 0, $"{kind}, {what}: {created} created, {updated} updated, {unchanged} unchanged");
            }
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Lists_OfferTheirOwnXlsx_ToThoseWhoMayExport_AndNotToATeacher(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, coordinator) = await app.SchoolWithCoordinatorAsync();
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(school, Parta.Access.SchoolRole.Teacher));

        foreach (var (list, kind) in new[] { ("/People/Students", "students"), ("/People/Staff", "staff"), ("/Organisation/Subjects", "subjects") })
        {
            var page = await coordinator.GetDocumentAsync(list);
            var link = page.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Скачать XLSX").GetAttribute("href")!;
            var file = await coordinator.GetAsync(link);

            Assert.Equal($"/Importing?handler=Export&kind={kind}", link);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain((await teacher.GetDocumentAsync(list)).QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Скачать XLSX");
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Template_EveryKind_ImportsItsSampleRowOrNamesWhatIsMissing(Db db)
    {
        var app = await apps.GetAsync(db);
        var (_, client) = await app.SchoolWithCoordinatorAsync();

        var response = await client.GetAsync("/Importing?handler=Template&kind=subjects");
        var (_, preview) = await client.PreviewAsync("subjects", "шаблон.xlsx", await response.Content.ReadAsByteArrayAsync());
        var students = await client.GetAsync("/Importing?handler=Template&kind=students");
        var (_, studentsPreview) = await client.PreviewAsync("students", "шаблон.xlsx", await students.Content.ReadAsByteArrayAsync());

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1, 0, 0), Counts(preview)["Предметы"]);
        Assert.Equal((1, 0, 0), Counts(studentsPreview)["Учащиеся"]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Import_StructureWithUnknownTeacherOrSubject_ListsTheErrors(Db db)
    {
        var app = await apps.GetAsync(db);
        var (_, client) = await app.SchoolWithCoordinatorAsync();

        var (_, classes) = await client.PreviewAsync("classes", "классы.csv", Utf8Csv("Класс;Классный руководитель", "5А;Никто Никто Никтович", "12Я;"));
        var (_, assignments) = await client.PreviewAsync("assignments", "нагрузка.csv", Utf8Csv(
            "Учитель;Предмет;Класс или группа;Часов в неделю", "Никто Никто;Астрология;9Ж;много"));

        Assert.Equal(
            ["Строка 2, «Классный руководитель»: нет такого сотрудника: «Никто Никто Никтович»",
             "Строка 3, «Класс»: неверное название класса «12Я» (нужно, например, «5А»)"],
            Errors(classes));
        Assert.Equal(
            ["Строка 2, «Учитель»: нет такого сотрудника: «Никто Никто»",
             "Строка 2, «Предмет»: нет такого предмета: «Астрология»",
             "Строка 2, «Часов в неделю»: неверное число часов «много»",
             "Строка 2, «Класс или группа»: нет такого класса или группы в 2026/2027 учебном году: «9Ж»"],
            Errors(assignments));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Import_AssignmentToAGroupAndCurriculumOfAClass_AreMatchedInTheCurrentYear(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.WithDbAsync(school.Id, async d =>
        {
            d.StudyGroups.Add(new Parta.Organisation.StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "Английский 5А-1" });
            await d.SaveChangesAsync();
        });
        await client.ImportAsync("staff", "сотрудники.csv", Utf8Csv("ФИО;Дата рождения;Должности;Телефон;Email", "Смирнов Олег Петрович;;учитель;;"));
        await client.ImportAsync("subjects", "предметы.csv", Utf8Csv("Предмет;Краткое название", "Иностранный язык (английский);"));

        var assignment = await client.ImportAsync("assignments", "нагрузка.csv", Utf8Csv(
            "Учитель;Предмет;Класс или группа;Часов в неделю", "Смирнов Олег Петрович;Иностранный язык (английский);Английский 5А-1;3"));
        var (_, mismatch) = await client.PreviewAsync("curriculum", "план.csv", Utf8Csv(
            "Предмет;Параллель;Часов в неделю;Класс", "Иностранный язык (английский);6;3;5А"));

        Assert.Equal((1, 0, 0), Counts(assignment)["Учебная нагрузка"]);
        var group = await app.WithDbAsync(school.Id, d => d.TeachingAssignments.Select(a => a.StudyGroup!.Name).SingleAsync());
        Assert.Equal("Английский 5А-1", group);
        Assert.Equal(["Строка 2, «Класс»: Класс 5А не из параллели 6."], Errors(mismatch));
    }
}
