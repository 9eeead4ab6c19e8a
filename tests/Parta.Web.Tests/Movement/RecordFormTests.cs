using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

/// <summary>
/// The record form of the movement book: the student is found by a few letters of the name (?handler=Students), and a
/// record keeps only the fields of its kind.
/// </summary>
public sealed class RecordFormTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentSearch_AFewLetters_FindsSurnamesFirstWithClassAndBirthDate(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, class5A, "Петрова", "Ирина", "Романовна");
        await app.AddStudentAsync(school, class5A, "Иванов", "Роман", "Олегович");
        await app.AddStudentAsync(school, class5A, "Романова", "Анна", "Ильинична");
        await app.AddStudentAsync(school, class5A, "Сидоров", "Пётр");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var found = await client.GetDocumentAsync("/Movement/Record?handler=Students&q=" + Uri.EscapeDataString("ром"));

        Assert.Equal(
            ["Романова Анна Ильинична, 5А, 01.05.2015", "Иванов Роман Олегович, 5А, 01.05.2015", "Петрова Ирина Романовна, 5А, 01.05.2015"],
            found.QuerySelectorAll("button[data-student-id]").Select(b => b.TextContent.Trim()));
        Assert.Equal("Найдено: 3", found.QuerySelector("#student-matches-count")!.TextContent.Trim());
        Assert.Null(found.QuerySelector("h1")); // a fragment, not a page
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentSearch_FindsThoseWhoLeft_ButNeverAnotherSchoolsStudents(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var left = await app.AddStudentAsync(school, class5A, "Выбывшая", "Анна", "Игоревна");
        await app.RecordMovementAsync(school, left, MovementKind.Withdrawal, null, new DateOnly(2026, 10, 12), "12-у");
        await app.AddStudentAsync(other, await app.CreateClassAsync(other, 5, "А"), "Выбывшаяиз", "Чужая");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var found = await client.GetDocumentAsync("/Movement/Record?handler=Students&q=" + Uri.EscapeDataString("выбыв"));

        var match = Assert.Single(found.QuerySelectorAll("button[data-student-id]"));
        Assert.Equal(left.ToString(), match.GetAttribute("data-student-id"));
        Assert.Equal("Выбывшая Анна Игоревна, выбыл(а) 12.10.2026, приказ №\u00A012-у от 12.10.2026, 01.05.2015", match.TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentSearch_ManyMatches_ShowsTwentyAndSaysHowMany_AndALongQueryIsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        for (var i = 0; i < 23; i++)
        {
            await app.AddStudentAsync(school, null, $"Многова{(char)('а' + i)}", "Анна");
        }

        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var many = await client.GetDocumentAsync("/Movement/Record?handler=Students&q=" + Uri.EscapeDataString("многов"));
        var tooLong = await client.GetDocumentAsync("/Movement/Record?handler=Students&q=" + new string('а', 101));
        var empty = await client.GetDocumentAsync("/Movement/Record?handler=Students&q=");

        Assert.Equal(20, many.QuerySelectorAll("button[data-student-id]").Length);
        Assert.Equal("Найдено: 23, показаны первые 20: уточните запрос", many.QuerySelector("#student-matches-count")!.TextContent.Trim());
        Assert.Empty(tooLong.QuerySelectorAll("button[data-student-id]"));
        Assert.Equal("Поле «Учащийся»: не длиннее 100 символов.", tooLong.Body!.TextContent.Trim());
        Assert.Empty(empty.QuerySelectorAll("button[data-student-id]"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RecordForm_WithoutScripts_SearchAndAMatchReloadThePageWithTheStudentChosen(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Безскриптова");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var searched = await client.GetDocumentAsync("/Movement/Record?kind=Withdrawal&q=" + Uri.EscapeDataString("безскр"));
        var match = searched.QuerySelector("#student-matches button[data-student-id]")!;
        var search = searched.QuerySelector("form#student-search")!;
        Assert.Equal(("student-search", "studentId", studentId.ToString()), (match.GetAttribute("form"), match.GetAttribute("name"), match.GetAttribute("value")));
        Assert.Equal(("get", "Withdrawal"), (search.GetAttribute("method"), search.QuerySelector("input[name=kind]")!.GetAttribute("value")));

        var chosen = await client.GetDocumentAsync($"{search.GetAttribute("action")}?kind=Withdrawal&q=x&studentId={studentId}");

        Assert.Equal(studentId.ToString(), chosen.QuerySelector("main form input[name=StudentId]")!.GetAttribute("value"));
        Assert.StartsWith("Безскриптова Анна Игоревна, 5А", chosen.QuerySelector("#student-chosen-title")!.TextContent, StringComparison.Ordinal);
        Assert.False(chosen.QuerySelector("#student-chosen")!.HasAttribute("hidden"));
        Assert.True(chosen.QuerySelector("#student-search-box")!.HasAttribute("hidden"));
        Assert.Equal("Withdrawal", chosen.QuerySelector("select[name=Kind] option[selected]")!.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RecordForm_MarksEachFieldWithItsKinds_ForTheScriptToShowOnlyThose(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var form = await client.GetDocumentAsync("/Movement/Record");

        string? KindsOf(string selector) => form.QuerySelector(selector)!.Closest("[data-kinds]")?.GetAttribute("data-kinds");
        Assert.Equal("Withdrawal", KindsOf("[name=WithdrawalReason]"));
        Assert.Equal("Admission Withdrawal", KindsOf("[name=OtherSchool]"));
        Assert.Equal("ConditionalPromotion", KindsOf("[name=AcademicDebts]"));
        Assert.DoesNotContain("Withdrawal", KindsOf("[name=ClassId]")!.Split(' '));
        Assert.Equal("Admission OpeningEnrolment", KindsOf("[name='Student.LastName']"));
        foreach (var everyKind in (string[])["Date", "OrderNumber", "OrderDate", "Reason", "Kind"])
        {
            Assert.Null(KindsOf($"[name={everyKind}]"));
        }

        Assert.Empty(form.QuerySelectorAll("main form [hidden][data-kinds]")); // without scripts every field shows
        Assert.Contains(form.QuerySelectorAll("script"), s => s.GetAttribute("src")?.StartsWith("/js/movement-record.js", StringComparison.Ordinal) == true);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Record_Withdrawal_KeepsItsReasonAndWhereTo_AndIgnoresTheFieldsItHasNot(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Уезжающая");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Movement/Record?studentId={studentId}&kind=Withdrawal", new Dictionary<string, string>
        {
            ["Kind"] = "Withdrawal", ["StudentId"] = studentId.ToString(), ["ClassId"] = class5A.ToString(), ["Date"] = "2026-11-16",
            ["OrderNumber"] = "160-у", ["OrderDate"] = "2026-11-13", ["Reason"] = "заявление родителей", ["WithdrawalReason"] = "Moving",
            ["OtherSchool"] = "МБОУ СОШ № 7 г. Тулы", ["AcademicDebts"] = "математика",
            ["Student.LastName"] = "Лишняя", ["Student.FirstName"] = "Карточка",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(school.Id, d => d.MovementEvents.Where(e => e.Kind == MovementKind.Withdrawal)
            .Select(e => new { e.StudentId, e.FromClassId, e.ToClassId, e.WithdrawalReason, e.OtherSchool, e.AcademicDebts, e.Reason }).SingleAsync());
        Assert.Equal((studentId, (Guid?)class5A, (Guid?)null), (saved.StudentId, saved.FromClassId, saved.ToClassId));
        Assert.Equal((WithdrawalReason.Moving, "МБОУ СОШ № 7 г. Тулы", null, "заявление родителей"), (saved.WithdrawalReason, saved.OtherSchool, saved.AcademicDebts, saved.Reason));
        Assert.False(await app.WithDbAsync(school.Id, d => d.Students.AnyAsync(s => s.LastName == "Лишняя")));
        var book = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        Assert.Contains(book.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Уезжающая Анна Игоревна", StringComparison.Ordinal)
            && r.TextContent.Contains("Выбытие", StringComparison.Ordinal) && r.TextContent.Contains("МБОУ СОШ № 7 г. Тулы", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Record_Transfer_KeepsNoOtherSchoolNorWithdrawalReason(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Переводимая");
        var class5B = await app.CreateClassAsync(school, 5, "Б");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Transfer", ["StudentId"] = studentId.ToString(), ["ClassId"] = class5B.ToString(), ["Date"] = "2026-11-16",
            ["OrderNumber"] = "161-у", ["OrderDate"] = "2026-11-16", ["WithdrawalReason"] = "Moving", ["OtherSchool"] = "МБОУ СОШ № 7",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(school.Id, d => d.MovementEvents.Where(e => e.Kind == MovementKind.Transfer)
            .Select(e => new { e.ToClassId, e.WithdrawalReason, e.OtherSchool }).SingleAsync());
        Assert.Equal(((Guid?)class5B, (WithdrawalReason?)null, (string?)null), (saved.ToClassId, saved.WithdrawalReason, saved.OtherSchool));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Record_AdmissionOfANewStudent_MakesTheCardAndKeepsWhereFrom(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class3A = await app.CreateClassAsync(school, 3, "А");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Admission", ["StudentId"] = "", ["ClassId"] = class3A.ToString(), ["Student.LastName"] = "Прибывшая", ["Student.FirstName"] = "Ева",
            ["Student.MiddleName"] = "Андреевна", ["Student.BirthDate"] = "2017-05-20", ["Date"] = "2026-11-02", ["OrderNumber"] = "140-у",
            ["OrderDate"] = "2026-11-02", ["OtherSchool"] = "МАОУ гимназия № 2", ["WithdrawalReason"] = "Moving",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(school.Id, d => d.MovementEvents
            .Select(e => new { e.Kind, e.Student!.LastName, e.Student.PersonalFileNumber, e.ToClassId, e.OtherSchool, e.WithdrawalReason }).SingleAsync());
        Assert.Equal((MovementKind.Admission, "Прибывшая", "П-1", (Guid?)class3A), (saved.Kind, saved.LastName, saved.PersonalFileNumber, saved.ToClassId));
        Assert.Equal(("МАОУ гимназия № 2", (WithdrawalReason?)null), (saved.OtherSchool, saved.WithdrawalReason));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Record_WithoutAStudentForAWithdrawal_SaysChooseOneNextToTheSearch(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Withdrawal", ["StudentId"] = "", ["Date"] = "2026-11-16", ["OrderNumber"] = "162-у", ["OrderDate"] = "2026-11-16",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Выберите учащегося.", page.QuerySelector("[data-valmsg-for=StudentId]")!.TextContent.Trim());
        Assert.False(page.QuerySelector("#student-search-box")!.HasAttribute("hidden"));
        Assert.Equal("162-у", page.QuerySelector("input[name=OrderNumber]")!.GetAttribute("value"));
    }
}
