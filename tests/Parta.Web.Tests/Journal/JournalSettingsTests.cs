using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Journal;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;
using Parta.Web.Tests.Scheduling;

namespace Parta.Web.Tests.Journal;

/// <summary>
/// The journal settings as the coordinator keeps them: work types and weights, attendance codes, subjects' mark scales and
/// the late-entry days; every rule and refusal of their use cases through the pages.
/// </summary>
public sealed class JournalSettingsTests(TestApps apps)
{
    private static Dictionary<string, string> WorkType(string name, string code, string weight, bool forHomework = false) => new()
    {
        ["Name"] = name, ["Code"] = code, ["Weight"] = weight, ["ForHomework"] = forHomework ? "true" : "false",
    };

    private static async Task<List<(string Name, string Code, string Weight, string Homework)>> WorkTypeRowsAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/Journal/Settings");
        return page.QuerySelectorAll("#work-types tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(c => (c[0], c[1], c[2], c[3]))
            .ToList();
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Defaults_SchoolMadeBeforeTheJournal_GetsThemOnFirstOpen(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        Assert.False(await app.AnyAsync(school, d => d.WorkTypes));
        using var coordinator = await app.CoordinatorAsync(school);

        var workTypes = await WorkTypeRowsAsync(coordinator);
        var codes = await coordinator.GetDocumentAsync("/Journal/Settings/Attendance");
        var scales = await coordinator.GetDocumentAsync("/Journal/Settings/Scales");

        Assert.Equal(
            [
                ("Ответ на уроке", "answer", "1", "нет"), ("Самостоятельная работа", "test", "2", "нет"), ("Контрольная работа", "control", "3", "нет"),
                ("Лабораторная работа", "lab", "2", "нет"), ("Диктант", "dictation", "2", "нет"), ("Сочинение", "essay", "2", "да"),
                ("Домашняя работа", "homework", "1", "да"), ("Проект", "project", "2", "да"),
            ],
            workTypes);
        Assert.Equal(
            ["Н без уважительной причины да", "УП по уважительной причине да", "Б по болезни да", "ОП опоздание нет"],
            codes.QuerySelectorAll("#attendance-codes tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Where((_, i) => i is 0 or 2 or 3).Select(td => td.TextContent.Trim()))));
        Assert.Equal("3", scales.QuerySelector("input[name=LateEntryDays]")!.GetAttribute("value"));
        Assert.Equal(8, await app.WithDbAsync(school.Id, d => d.WorkTypes.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Defaults_SchoolCreatedOnTheAdminPage_HasThemSavedAtOnce(Db db)
    {
        var app = await apps.GetAsync(db);
        using var admin = await app.SignedInClientAsync(await app.CreateUserAsync(null, null, systemAdministrator: true));
        var name = "МБОУ СОШ № " + Guid.NewGuid().ToString("N")[..6];

        var created = await admin.SubmitFormAsync("/Admin/Schools/Edit", new Dictionary<string, string>
        {
            ["Name"] = name, ["ShortName"] = "СОШ", ["TimeZone"] = "Europe/Moscow",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (workTypes, codes, lateDays) = await app.WithDbAsync(null, async d =>
        {
            var id = await d.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
            return (
                await d.WorkTypes.IgnoreQueryFilters().Where(w => w.SchoolId == id).OrderBy(w => w.SortOrder).Select(w => new { w.Name, w.Weight }).ToListAsync(),
                await d.AttendanceCodes.IgnoreQueryFilters().Where(c => c.SchoolId == id).OrderBy(c => c.SortOrder).Select(c => c.Code).ToListAsync(),
                await d.Schools.Where(s => s.Id == id).Select(s => s.LateEntryDays).SingleAsync());
        });
        Assert.Equal(["Ответ на уроке 1", "Самостоятельная работа 2", "Контрольная работа 3", "Лабораторная работа 2", "Диктант 2", "Сочинение 2", "Домашняя работа 1", "Проект 2"],
            workTypes.Select(w => w.Name + " " + w.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["Н", "УП", "Б", "ОП"], codes);
        Assert.Equal(3, lateDays);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WorkType_AddedAndChanged_WeightTypedWithCommaOrDot_ShownWithAComma(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(school);
        var control = (await app.SettingsAsync(school)).WorkTypeByCode("control")!;

        var comma = await coordinator.SubmitFormAsync("/Journal/Settings", WorkType("Зачётная работа", "Credit", "1,5", forHomework: true), formSelector: "#work-type-form");
        var dot = await coordinator.SubmitFormAsync("/Journal/Settings", WorkType("Тест", "quiz-2", "2.25"), formSelector: "#work-type-form");
        var form = await coordinator.OpenFormAsync($"/Journal/Settings?id={control.Id}", "#work-type-form");
        var changed = await form.SubmitAsync(new Dictionary<string, string> { ["Weight"] = "4" });

        Assert.Equal(HttpStatusCode.Redirect, comma.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dot.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var rows = await WorkTypeRowsAsync(coordinator);
        Assert.Contains(("Зачётная работа", "credit", "1,5", "да"), rows);
        Assert.Contains(("Тест", "quiz-2", "2,25", "нет"), rows);
        Assert.Contains(("Контрольная работа", "control", "4", "нет"), rows);
        Assert.Equal(4m, (await app.SettingsAsync(school)).WorkTypeByCode("control")!.Weight);
        Assert.Equal(1.5m, (await app.SettingsAsync(school)).WorkTypeByCode("credit")!.Weight);
        var edit = await coordinator.GetDocumentAsync($"/Journal/Settings?id={control.Id}");
        Assert.Contains("меняет средний балл по всем отметкам этого вида работы", edit.QuerySelector("#work-type-form")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WorkType_BadWeightCodeOrTakenName_RefusedNextToTheField(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(school);
        const string badWeight = "«Вес»: число от 0,1 до 10, не больше двух знаков после запятой (например 1,5).";

        async Task<List<string>> SaveAsync(Dictionary<string, string> fields) =>
            await OrganisationData.ErrorsAsync(await coordinator.SubmitFormAsync("/Journal/Settings", fields, formSelector: "#work-type-form"));

        Assert.Contains(badWeight, await SaveAsync(WorkType("Зачёт", "credit", "0")));
        Assert.Contains(badWeight, await SaveAsync(WorkType("Зачёт", "credit", "10,5")));
        Assert.Contains(badWeight, await SaveAsync(WorkType("Зачёт", "credit", "1,255")));
        Assert.Contains(badWeight, await SaveAsync(WorkType("Зачёт", "credit", "полтора")));
        Assert.Contains(badWeight, await SaveAsync(WorkType("Зачёт", "credit", "-1")));
        Assert.Contains("«Код»: латинские буквы a–z, цифры и дефис (например control-2).", await SaveAsync(WorkType("Зачёт", "зачёт", "1")));
        Assert.Contains("Код «control» уже есть у другого вида работы.", await SaveAsync(WorkType("Итоговая контрольная", "Control", "3")));
        Assert.Contains("Вид работы «Контрольная работа» уже есть.", await SaveAsync(WorkType(" контрольная работа ", "control-2", "3")));
        Assert.Contains("Заполните поле «Название».", await SaveAsync(WorkType("", "x", "1")));
        var answer = (await app.SettingsAsync(school)).WorkTypeByCode("answer")!;
        var form = await coordinator.OpenFormAsync($"/Journal/Settings?id={answer.Id}", "#work-type-form");
        var renamed = await OrganisationData.ErrorsAsync(await form.SubmitAsync(new Dictionary<string, string> { ["Code"] = "oral" }));
        Assert.Contains(renamed, e => e.StartsWith("Код вида работы не меняется (сейчас «answer»)", StringComparison.Ordinal));
        Assert.Equal(8, (await app.SettingsAsync(school)).WorkTypes.Count);
        Assert.Equal(1m, (await app.SettingsAsync(school)).WorkTypeByCode("answer")!.Weight);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WorkType_ChangedByAnotherMeanwhile_RefusedAsStale(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(school);
        using var other = await app.CoordinatorAsync(school);
        var control = (await app.SettingsAsync(school)).WorkTypeByCode("control")!;
        var mine = await coordinator.OpenFormAsync($"/Journal/Settings?id={control.Id}", "#work-type-form");
        var theirs = await other.OpenFormAsync($"/Journal/Settings?id={control.Id}", "#work-type-form");

        var first = await theirs.SubmitAsync(new Dictionary<string, string> { ["Weight"] = "5" });
        var second = await mine.SubmitAsync(new Dictionary<string, string> { ["Weight"] = "4" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Сейчас сохранено: «5».", await OrganisationData.ErrorsAsync(second));
        Assert.Equal(5m, (await app.SettingsAsync(school)).WorkTypeByCode("control")!.Weight);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WorkType_InTheJournal_DeleteRefusedSuggestingTheArchive_UnusedDeleted_ArchivedKept(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSettingsSchoolAsync();
        await app.AddMarkAsync(s, "control");
        using var coordinator = await app.CoordinatorAsync(s.School);
        var settings = await app.SettingsAsync(s.School);
        var (control, lab, answer) = (settings.WorkTypeByCode("control")!, settings.WorkTypeByCode("lab")!, settings.WorkTypeByCode("answer")!);

        var archived = await coordinator.SubmitFormAsync("/Journal/Settings", new Dictionary<string, string>
        {
            ["workTypeId"] = answer.Id.ToString(), ["archived"] = "true",
        }, formSelector: "#work-types form[action*='handler=Archive']");
        var deleteInUse = await PostDeleteAsync(coordinator, control.Id);
        var deleted = await PostDeleteAsync(coordinator, lab.Id);

        Assert.Contains(await OrganisationData.ErrorsAsync(deleteInUse),
            e => e.StartsWith("Вид работы «Контрольная работа» удалить нельзя: он уже есть в журнале (1 оцениваемое задание). Отправьте его в архив", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var after = await app.SettingsAsync(s.School);
        Assert.Null(after.WorkTypeByCode("lab"));
        Assert.NotNull(after.WorkTypeByCode("control"));
        Assert.True(after.WorkTypeByCode("answer")!.Archived);
        var rows = await WorkTypeRowsAsync(coordinator);
        Assert.Contains(rows, r => r.Name.StartsWith("Ответ на уроке", StringComparison.Ordinal) && r.Name.EndsWith("в архиве", StringComparison.Ordinal));
        var page = await coordinator.GetDocumentAsync("/Journal/Settings");
        var controlRow = page.QuerySelectorAll("#work-types tbody tr").Single(r => r.TextContent.Contains("Контрольная работа", StringComparison.Ordinal));
        Assert.Null(controlRow.QuerySelector("form[action*='handler=Delete']"));
        Assert.Equal("1", controlRow.QuerySelectorAll("td")[4].TextContent.Trim());
    }

    private static Task<HttpResponseMessage> PostDeleteAsync(HttpClient client, Guid workTypeId) =>
        client.SubmitFormAsync("/Journal/Settings", new Dictionary<string, string> { ["workTypeId"] = workTypeId.ToString() },
            formSelector: "#work-types form[action*='handler=Delete']");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WorkType_LastActiveOne_NeitherArchivedNorDeleted(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(school);
        var all = (await app.SettingsAsync(school)).WorkTypes;
        await app.WithDbAsync(school.Id, async d =>
        {
            foreach (var w in await d.WorkTypes.Where(w => w.Code != "answer").ToListAsync())
            {
                w.Archived = true;
            }

            await d.SaveChangesAsync();
        });
        var answer = all.Single(w => w.Code == "answer");

        var archived = await coordinator.SubmitFormAsync("/Journal/Settings", new Dictionary<string, string>
        {
            ["workTypeId"] = answer.Id.ToString(), ["archived"] = "true",
        }, formSelector: "#work-types form[action*='handler=Archive']");
        var deleted = await PostDeleteAsync(coordinator, answer.Id);

        Assert.Contains("«Ответ на уроке» — последний действующий вид работы: без него новые отметки ставить будет не по чему. Сначала добавьте другой.",
            await OrganisationData.ErrorsAsync(archived));
        Assert.Contains("«Ответ на уроке» — последний действующий вид работы: без него новые отметки ставить будет не по чему. Сначала добавьте другой.",
            await OrganisationData.ErrorsAsync(deleted));
        Assert.False((await app.SettingsAsync(school)).WorkTypeByCode("answer")!.Archived);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AttendanceCode_AddedInCapitals_BadOrTakenRefused_UsedOneNeitherDeletedNorRelettered(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSettingsSchoolAsync();
        await app.AddAttendanceAsync(s, "Н");
        using var coordinator = await app.CoordinatorAsync(s.School);
        var codes = (await app.SettingsAsync(s.School)).AttendanceCodes;
        var (absent, ill) = (codes.Single(c => c.Code == "Н"), codes.Single(c => c.Code == "Б"));

        async Task<HttpResponseMessage> SaveAsync(string code, string name = "Дистанционное обучение", string kind = "Excused", bool absence = true) =>
            await coordinator.SubmitFormAsync("/Journal/Settings/Attendance", new Dictionary<string, string>
            {
                ["Code"] = code, ["Name"] = name, ["Kind"] = kind, ["IsAbsence"] = absence ? "true" : "false",
            }, formSelector: "#code-form");

        var added = await SaveAsync(" дО ", absence: false);
        const string badCode = "«Обозначение»: от 1 до 4 заглавных русских или латинских букв (например Н, УП).";
        var digits = await OrganisationData.ErrorsAsync(await SaveAsync("Н1"));
        var tooLong = await OrganisationData.ErrorsAsync(await SaveAsync("ОТСУТ"));
        var taken = await OrganisationData.ErrorsAsync(await SaveAsync("уп"));
        var noKind = await OrganisationData.ErrorsAsync(await SaveAsync("ЛР", kind: ""));
        var deleteUsed = await DeleteCodeAsync(coordinator, absent.Id);
        var deleteUnused = await DeleteCodeAsync(coordinator, ill.Id);
        var relettered = await (await coordinator.OpenFormAsync($"/Journal/Settings/Attendance?id={absent.Id}", "#code-form"))
            .SubmitAsync(new Dictionary<string, string> { ["Code"] = "НП" });
        var renamed = await (await coordinator.OpenFormAsync($"/Journal/Settings/Attendance?id={absent.Id}", "#code-form"))
            .SubmitAsync(new Dictionary<string, string> { ["Name"] = "Не был без причины", ["IsAbsence"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(badCode, digits);
        Assert.Contains(badCode, tooLong);
        Assert.Contains("Отметка «УП» уже есть.", taken);
        Assert.Contains("Выберите, что означает отметка.", noKind);
        Assert.Contains("Отметку «Н» удалить нельзя: она уже стоит в журнале (1 раз).", await OrganisationData.ErrorsAsync(deleteUsed));
        Assert.Equal(HttpStatusCode.Redirect, deleteUnused.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(relettered), e => e.StartsWith("Обозначение «Н» уже стоит в журнале (1 раз) и не меняется.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var after = (await app.SettingsAsync(s.School)).AttendanceCodes;
        Assert.Equal(["Н", "УП", "ОП", "ДО"], after.Select(c => c.Code));
        Assert.Equal(("Не был без причины", AttendanceKind.Absent, true), (after[0].Name, after[0].Kind, after[0].IsAbsence));
        Assert.Equal(("Дистанционное обучение", AttendanceKind.Excused, false), (after[3].Name, after[3].Kind, after[3].IsAbsence));
        var page = await coordinator.GetDocumentAsync("/Journal/Settings/Attendance");
        Assert.Contains(page.QuerySelectorAll("#attendance-codes tbody tr"), r => r.TextContent.Contains("ДО", StringComparison.Ordinal) && r.TextContent.Contains("по уважительной причине", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> DeleteCodeAsync(HttpClient client, Guid codeId) =>
        client.SubmitFormAsync("/Journal/Settings/Attendance", new Dictionary<string, string> { ["attendanceCodeId"] = codeId.ToString() },
            formSelector: "#attendance-codes form[action*='handler=Delete']");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SubjectScale_ChangedBeforeMarks_SavedAndShown_WithMarksThisYear_Refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateSettingsSchoolAsync();
        await app.AddMarkAsync(s, "answer");
        using var coordinator = await app.CoordinatorAsync(s.School);
        var (maths, russian) = await app.WithDbAsync(s.School.Id, async d =>
            (await d.Subjects.SingleAsync(x => x.Name == "Математика"), await d.Subjects.SingleAsync(x => x.Name == "Русский язык")));

        var passFail = await PostScaleAsync(coordinator, russian.Id, "PassFail", russian.Version);
        var withMarks = await PostScaleAsync(coordinator, maths.Id, "PassFail", maths.Version);
        var unknown = await PostScaleAsync(coordinator, maths.Id, "Hundred", maths.Version);

        Assert.Equal(HttpStatusCode.Redirect, passFail.StatusCode);
        Assert.Contains("Шкалу предмета «Математика» сменить нельзя: в этом учебном году по нему уже есть 1 отметка. Шкала меняется до первой отметки или с нового учебного года.",
            await OrganisationData.ErrorsAsync(withMarks));
        Assert.NotEqual(HttpStatusCode.Redirect, unknown.StatusCode);
        var page = await coordinator.GetDocumentAsync("/Journal/Settings/Scales");
        var chosen = page.QuerySelectorAll("#scales tbody tr")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim() + ": " + ((AngleSharp.Html.Dom.IHtmlSelectElement)r.QuerySelector("select")!).SelectedOptions.Single().TextContent)
            .ToList();
        Assert.Equal(["Математика: пятибалльная (1–5)", "Русский язык: зачёт / незачёт"], chosen.Order(StringComparer.Ordinal));
        Assert.Equal(MarkScale.FivePoint, await app.WithDbAsync(s.School.Id, d => d.Subjects.Where(x => x.Id == maths.Id).Select(x => x.Scale).SingleAsync()));
    }

    private static Task<HttpResponseMessage> PostScaleAsync(HttpClient client, Guid subjectId, string scale, uint version) =>
        client.SubmitFormAsync("/Journal/Settings/Scales", new Dictionary<string, string>
        {
            ["subjectId"] = subjectId.ToString(), ["scale"] = scale, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formSelector: "#scales form");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LateEntryDays_WithinBoundsSaved_OutsideRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(school);

        var tooMany = await (await coordinator.OpenFormAsync("/Journal/Settings/Scales", "#late-form")).SubmitAsync(new Dictionary<string, string> { ["LateEntryDays"] = "61" });
        var empty = await (await coordinator.OpenFormAsync("/Journal/Settings/Scales", "#late-form")).SubmitAsync(new Dictionary<string, string> { ["LateEntryDays"] = "" });
        var saved = await (await coordinator.OpenFormAsync("/Journal/Settings/Scales", "#late-form")).SubmitAsync(new Dictionary<string, string> { ["LateEntryDays"] = "7" });

        Assert.Contains($"«Срок внесения записей, дней»: число от 0 до {JournalRules.MaxLateEntryDays}.", await OrganisationData.ErrorsAsync(tooMany));
        Assert.Contains("Заполните поле «Срок внесения записей, дней».", await OrganisationData.ErrorsAsync(empty));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(7, (await app.SettingsAsync(school)).LateEntryDays);
        var page = await coordinator.GetDocumentAsync("/Journal/Settings/Scales");
        Assert.Equal("7", page.QuerySelector("input[name=LateEntryDays]")!.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AnotherSchoolsSettings_NotFound_AndUnchanged(Db db)
    {
        var app = await apps.GetAsync(db);
        var theirs = await app.CreateSettingsSchoolAsync();
        var ours = await app.CreateSchoolAsync();
        using var coordinator = await app.CoordinatorAsync(ours);
        var settings = await app.SettingsAsync(theirs.School);
        var control = settings.WorkTypeByCode("control")!;
        var ill = settings.AttendanceCode("Б")!;
        var maths = await app.WithDbAsync(theirs.School.Id, d => d.Subjects.Where(x => x.Name == "Математика").Select(x => x.Id).SingleAsync());
        await app.CreateSubjectAsync(ours, "Химия", "Химия");

        var responses = new[]
        {
            await coordinator.GetAsync($"/Journal/Settings?id={control.Id}"),
            await coordinator.GetAsync($"/Journal/Settings/Attendance?id={ill.Id}"),
            await coordinator.SubmitFormAsync("/Journal/Settings", WorkType("Контрольная работа", "control", "9").With("Id", control.Id.ToString()), formSelector: "#work-type-form"),
            await PostDeleteAsync(coordinator, control.Id),
            await coordinator.SubmitFormAsync("/Journal/Settings", new Dictionary<string, string> { ["workTypeId"] = control.Id.ToString(), ["archived"] = "true" },
                formSelector: "#work-types form[action*='handler=Archive']"),
            await coordinator.SubmitFormAsync("/Journal/Settings/Attendance",
                new Dictionary<string, string> { ["Id"] = ill.Id.ToString(), ["Code"] = "Б", ["Name"] = "x", ["Kind"] = "Ill" }, formSelector: "#code-form"),
            await DeleteCodeAsync(coordinator, ill.Id),
            await PostScaleAsync(coordinator, maths, "PassFail", 0),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var after = await app.SettingsAsync(theirs.School);
        Assert.Equal((3m, false), (after.WorkTypeByCode("control")!.Weight, after.WorkTypeByCode("control")!.Archived));
        Assert.NotNull(after.AttendanceCode("Б"));
    }
}

internal static class FieldsExtensions
{
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }
}
