using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>Data entry and the movement book: imported students enter the book once, and only the book moves them later.</summary>
public sealed class ImportMovementTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ImportStudents_EnterTheBookAtTheYearStart_OnceOnly_AndClassChangesGoThroughTheBook(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var file = Utf8Csv(StudentsHeader, "Яковлева Дарья Олеговна;05.05.2015;ж;Я-1;5А;;;;;;;;;;");

        await client.ImportAsync("Students", "ученики.csv", file);
        await client.ImportAsync("Students", "ученики.csv", file);

        var classId = await app.WithDbAsync(school.Id, d => d.SchoolClasses.Where(c => c.Grade == 5).Select(c => c.Id).SingleAsync());
        Assert.Equal(["Яковлева Дарья Олеговна"], await ListAsync(app, school.Id, classId, new DateOnly(2026, 9, 1)));
        Assert.Empty(await ListAsync(app, school.Id, classId, new DateOnly(2026, 8, 31)));
        var events = await app.WithDbAsync(school.Id, d => d.MovementEvents.Select(e => new { e.Kind, e.Date, e.Order!.Number }).ToListAsync());
        var admission = Assert.Single(events);
        Assert.Equal((MovementKind.OpeningEnrolment, new DateOnly(2026, 9, 1), Parta.Importing.StudentsImport.DataEntryOrder), (admission.Kind, admission.Date, admission.Number));

        var moved = Utf8Csv(StudentsHeader, "Яковлева Дарья Олеговна;05.05.2015;ж;Я-1;7Б;;;;;;;;;;");
        var (_, preview) = await client.PreviewAsync("Students", "ученики.csv", moved);

        Assert.Contains(Errors(preview), e => e.Contains("перевод оформляется в книге движения", StringComparison.Ordinal));
        Assert.Null(ApplyForm(preview));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ImportStudents_WithoutAFileNumber_AreNumberedByTheAlphabeticalBookAsOnThePage(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var file = Utf8Csv(StudentsHeader,
            "Жукова Ирина Сергеевна;05.05.2015;ж;;5А;;;;;;;;;;",
            "Жуков Олег Сергеевич;06.06.2013;м;Ж-7;7Б;;;;;;;;;;",
            "Жаров Лев Андреевич;07.07.2015;м;;5А;;;;;;;;;;");

        await client.ImportAsync("Students", "ученики.csv", file);

        var numbers = await app.WithDbAsync(school.Id, d => d.Students.OrderBy(s => s.BirthDate).Select(s => s.PersonalFileNumber).ToListAsync());
        Assert.Equal(["Ж-7", "Ж-8", "Ж-9"], numbers);
    }

    private static async Task<List<string>> ListAsync(PartaAppFactory app, Guid schoolId, Guid classId, DateOnly date)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId);
        return (await ClassLists.OnDateAsync(scope.ServiceProvider.GetRequiredService<PartaDbContext>(), classId, date)).Select(e => e.FullName).ToList();
    }
}
