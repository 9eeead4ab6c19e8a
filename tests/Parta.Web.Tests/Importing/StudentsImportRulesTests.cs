using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.People;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>A students file is checked by the personal card's own rule: the import says what the card's form says.</summary>
public sealed class StudentsImportRulesTests(TestApps apps)
{
    /// <summary>What the card's form says next to «Фамилия» when this surname is typed into it.</summary>
    private static async Task<string> CardFormSaysAsync(PartaAppFactory app, TestSchool school, HttpClient client, string lastName)
    {
        var studentId = await app.AddStudentAsync(school, null, "Проверочная", "Карточка");
        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = lastName, ["FirstName"] = "Пётр",
        });
        return (await PageClient.ParseAsync(response)).MessageFor("LastName");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_SurnameOf101Letters_RefusedWithTheCardFormsMessage(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var surname = new string('Щ', 101);

        var (_, preview) = await client.PreviewAsync("students", "ученики.csv", Utf8Csv(StudentsHeader, $"{surname} Пётр Петрович;01.02.2015;м;К-1;5А;;;;;;;;;;"));

        var cardSays = await CardFormSaysAsync(app, school, client, surname);
        Assert.Equal("Поле «Фамилия»: не длиннее 100 символов.", cardSays);
        Assert.Equal([$"Строка 2, «ФИО»: {cardSays}"], Errors(preview));
        Assert.Null(ApplyForm(preview));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_SurnameWithAControlCharacter_RefusedWithTheCardFormsMessage(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        const string surname = "Петр\u001bов";

        var (_, preview) = await client.PreviewAsync("students", "ученики.csv", Utf8Csv(StudentsHeader, $"{surname} Пётр Петрович;01.02.2015;м;К-1;5А;;;;;;;;;;"));

        var cardSays = await CardFormSaysAsync(app, school, client, surname);
        Assert.Equal("Поле «Фамилия» содержит недопустимые (управляющие) символы.", cardSays);
        Assert.Equal([$"Строка 2, «ФИО»: {cardSays}"], Errors(preview));
        Assert.Null(ApplyForm(preview));
    }
}
