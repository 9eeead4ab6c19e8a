using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parta.Importing;
using Parta.People;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>Importing spreadsheets through the import page: preview, errors by row and column, apply, idempotency.</summary>
public sealed class ImportTests(TestApps apps)
{
    private static readonly string[] TwoStudents =
    [
        StudentsHeader,
        "Петров Пётр Петрович;01.02.2015;м;К-1;5А;ул. Ленина, 1;+7 900 000-00-01;Петрова Мария Ивановна;мать;+7 900 000-00-02;m@example.ru;Петров Пётр Иванович;отец;+7 900 000-00-03;",
        "Сидорова Ольга Игоревна;11.12.2012;ж;К-2;7Б;;;Сидорова Анна Львовна;мать;+7 900 000-00-04;;;;;",
    ];

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_ValidStudentsFile_PreviewWritesNothingAndApplyImportsAll(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();

        var (response, preview) = await client.PreviewAsync("students", "ученики.csv", Utf8Csv(TwoStudents));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Errors(preview));
        Assert.Equal((2, 0, 0), Counts(preview)["Учащиеся"]);
        Assert.Equal((3, 0, 0), Counts(preview)["Родители (законные представители)"]);
        Assert.Equal(0, await app.StudentCountAsync(school));

        var result = await client.ApplyAsync(preview);

        Assert.Contains("Импорт выполнен", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var petrov = await app.WithDbAsync(school.Id, d => d.Students.Include(s => s.SchoolClass).SingleAsync(s => s.PersonalFileNumber == "К-1"));
        Assert.Equal(("Петров", "Пётр", "Петрович"), (petrov.LastName, petrov.FirstName, petrov.MiddleName));
        Assert.Equal(new DateOnly(2015, 2, 1), petrov.BirthDate);
        Assert.Equal(Gender.Male, petrov.Gender);
        Assert.Equal("5А", petrov.SchoolClass!.Name);
        var parents = await app.WithDbAsync(school.Id, d => d.Guardianships.Where(g => g.StudentId == petrov.Id)
            .Select(g => g.Relation + " " + g.Guardian!.LastName + " " + g.Guardian.Phone).OrderBy(x => x).ToListAsync());
        Assert.Equal(["мать Петрова +7 900 000-00-02", "отец Петров +7 900 000-00-03"], parents);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_FileWithErrors_ListsEachErrorByRowAndColumnAndCannotBeApplied(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        await app.WithDbAsync(school.Id, async d =>
        {
            d.Students.Add(new Student { SchoolId = school.Id, LastName = "Старый", FirstName = "Ученик", PersonalFileNumber = "К-9", BirthDate = new DateOnly(2014, 1, 1) });
            await d.SaveChangesAsync();
        });
        var file = Utf8Csv(
            StudentsHeader,
            "Петров Пётр Петрович;01.02.2015;м;К-1;5А;;;;;;;;;;",
            "Сидорова Ольга Игоревна;31.02.2014;ж;К-2;5А;;;;;;;;;;",
            "Иванов Иван;01.03.2015;м;К-3;5В;;;;;;;;;;",
            "Орлов Олег Олегович;01.04.2015;м;К-1;5А;;;;;;;;;;",
            ";01.05.2015;ж;К-5;5А;;;;;;;;;;",
            "Фёдоров Фёдор Фёдорович;01.06.2015;м;К-9;5А;;;;;;;;;;",
            "Лебедев Лев Львович;01.07.2015;м;К-7;5А;;;;мать;;;;;;");

        var (response, preview) = await client.PreviewAsync("students", "ошибки.csv", file);

        // Once seen on PostgreSQL under a full run's load: no errors at all on the page. Say what the page was instead.
        var errors = Errors(preview);
        Assert.True(errors.Count > 0, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {preview.QuerySelector("main")?.TextContent.Trim()}");
        Assert.Contains("Строка 3, «Дата рождения»: неверная дата «31.02.2014» (нужно ДД.ММ.ГГГГ)", errors);
        Assert.Contains("Строка 4, «Класс»: нет класса «5В» в 2026/2027 учебном году", errors);
        Assert.Contains("Строка 5, «Номер личного дела»: номер личного дела «К-1» уже указан в строке 2", errors);
        Assert.Contains("Строка 6, «ФИО»: не заполнено", errors);
        Assert.Contains("Строка 7, «Номер личного дела»: номер личного дела «К-9» уже у другого учащегося: Старый Ученик, 01.01.2014", errors);
        Assert.Contains("Строка 8, «Родитель 1: ФИО»: не заполнено", errors);
        Assert.Equal(6, errors.Count);
        Assert.Null(ApplyForm(preview));
        Assert.Equal(1, await app.StudentCountAsync(school));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reimport_SameFile_ChangesNothingAndCreatesNoDuplicates(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        await client.ImportAsync("students", "ученики.csv", Utf8Csv(TwoStudents));

        var (_, again) = await client.PreviewAsync("students", "ученики.csv", Utf8Csv(TwoStudents));
        await client.ApplyAsync(again);

        Assert.Equal((0, 0, 2), Counts(again)["Учащиеся"]);
        Assert.Equal((0, 0, 3), Counts(again)["Родители (законные представители)"]);
        Assert.Equal((0, 0, 3), Counts(again)["Связи «учащийся — родитель»"]);
        Assert.Equal(2, await app.StudentCountAsync(school));
        Assert.Equal(3, await app.WithDbAsync(school.Id, d => d.Guardians.CountAsync()));
        Assert.Equal(3, await app.WithDbAsync(school.Id, d => d.Guardianships.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reimport_ChangedPhoneWithoutFileNumber_UpdatesTheSameStudent(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        await client.ImportAsync("students", "a.csv", Utf8Csv(StudentsHeader, "Зайцев Захар Захарович;05.05.2015;м;;5А;;+7 900 000-00-01;;;;;;;;"));

        var (_, preview) = await client.PreviewAsync("students", "b.csv", Utf8Csv(StudentsHeader, "Зайцев Захар Захарович;05.05.2015;м;;5А;;+7 900 000-00-02;;;;;;;;"));
        await client.ApplyAsync(preview);

        Assert.Equal((0, 1, 0), Counts(preview)["Учащиеся"]);
        var phones = await app.WithDbAsync(school.Id, d => d.Students.Select(s => s.Phone).ToListAsync());
        Assert.Equal(["+7 900 000-00-02"], phones);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_Windows1251CommaCsv_Imports(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var text = string.Join("\r\n", TwoStudents.Select(l => l.Replace(';', ',').Replace("ул. Ленина, 1", "\"ул. Ленина, 1\"", StringComparison.Ordinal))) + "\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding(1251).GetBytes(text);

        var result = await client.ImportAsync("students", "из-excel.csv", file);

        Assert.Contains("Импорт выполнен", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var names = await app.WithDbAsync(school.Id, d => d.Students.OrderBy(s => s.LastName).Select(s => s.LastName + " " + s.FirstName).ToListAsync());
        Assert.Equal(["Петров Пётр", "Сидорова Ольга"], names);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_Xlsx_Imports(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var headers = StudentsHeader.Split(';');
        var xlsx = SpreadsheetFile.WriteXlsx("Учащиеся", headers, TwoStudents.Skip(1).Select(l => (IReadOnlyList<string>)l.Split(';')));

        var result = await client.ImportAsync("students", "ученики.xlsx", xlsx);

        Assert.Contains("Импорт выполнен", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.StudentCountAsync(school));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_FileSavedByLibreOffice_Imports(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        // Made with: soffice --headless --infilter="CSV:59,34,76,1,,1049" --convert-to xlsx students-libreoffice.csv
        // (Russian locale: the birth dates are real date cells, not text).
        var file = await File.ReadAllBytesAsync(Fixture("students-libreoffice.xlsx"));

        var result = await client.ImportAsync("students", "students-libreoffice.xlsx", file);

        Assert.Contains("Импорт выполнен", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var students = await app.WithDbAsync(school.Id, d => d.Students.OrderBy(s => s.PersonalFileNumber)
            .Select(s => new { s.LastName, s.BirthDate, Class = s.SchoolClass!.Grade + s.SchoolClass.Letter }).ToListAsync());
        Assert.Equal(3, students.Count);
        Assert.Equal(("Воронцова", new DateOnly(2015, 3, 14), "5А"), (students[0].LastName, students[0].BirthDate, students[0].Class));
        Assert.Equal(("Ёлкина", new DateOnly(2012, 9, 30), "7Б"), (students[2].LastName, students[2].BirthDate, students[2].Class));
        Assert.Equal(4, await app.WithDbAsync(school.Id, d => d.Guardians.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_NotASpreadsheet_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();

        var (_, fakeXlsx) = await client.PreviewAsync("students", "ученики.xlsx", Encoding.UTF8.GetBytes("это не таблица"));
        var (_, pdf) = await client.PreviewAsync("students", "ученики.pdf", [0x25, 0x50, 0x44, 0x46, 0x2D]);
        var (_, binaryCsv) = await client.PreviewAsync("students", "ученики.csv", [0x4D, 0x5A, 0x00, 0x00, 0x01]);
        var (_, tooBig) = await client.PreviewAsync("students", "большой.csv", Enumerable.Repeat((byte)'a', 10 * 1024 * 1024 + 1).ToArray());

        Assert.Contains("Файл с расширением .xlsx не является таблицей Excel.", Errors(fakeXlsx));
        Assert.Contains("Загрузите таблицу в формате XLSX или CSV.", Errors(pdf));
        Assert.Contains("Файл с расширением .csv не является текстовым файлом CSV.", Errors(binaryCsv));
        Assert.Contains("Файл больше 10 МБ.", Errors(tooBig));
        Assert.Null(ApplyForm(fakeXlsx));
        Assert.Equal(0, await app.StudentCountAsync(school));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Upload_CsvWithoutRequiredColumn_SaysWhichColumnIsMissing(Db db)
    {
        var app = await apps.GetAsync(db);
        var (_, client) = await app.SchoolWithCoordinatorAsync();

        var (_, preview) = await client.PreviewAsync("students", "мало.csv", Utf8Csv("ФИО;Класс", "Петров Пётр;5А"));

        Assert.Contains("Нет обязательного столбца «Дата рождения». Скачайте шаблон и сверьте заголовки.", Errors(preview));
    }

    /// <summary>A committed fixture, found from the test binaries up to the project folder.</summary>
    public static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "Importing", "Fixtures", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("Fixture not found", name);
    }
}
