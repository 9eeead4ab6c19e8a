using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Demo;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Demo;

/// <summary>The demo school is a realistic school, the same on every run.</summary>
public sealed class DemoPresetTests(TestApps apps)
{
    [Fact]
    public async Task Banner_InTheDemoSchoolSaysItIsMadeUp_InARealSchoolOfTheSameInstallationWarnsOfTheKnownPassword()
    {
        await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?>());
        var demoSchool = await app.CreateSchoolAsync();
        var realSchool = await app.CreateSchoolAsync();
        await app.WithDbAsync(null, d => d.Schools.Where(s => s.Id == demoSchool.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsDemo, true)));
        using var inDemo = await app.SignedInClientAsync(await app.CreateUserAsync(demoSchool, Parta.Access.SchoolRole.Teacher));
        using var inReal = await app.SignedInClientAsync(await app.CreateUserAsync(realSchool, Parta.Access.SchoolRole.Teacher));

        var demoBanner = (await inDemo.GetDocumentAsync("/")).QuerySelector(".demo-banner")!.TextContent;
        var realBanner = (await inReal.GetDocumentAsync("/")).QuerySelector(".demo-banner")!.TextContent;

        Assert.StartsWith("Демонстрационные данные: все люди и события вымышлены.", demoBanner, StringComparison.Ordinal);
        Assert.StartsWith("В этой установке есть демонстрационная школа", realBanner, StringComparison.Ordinal);
        Assert.Contains("Не вносите сюда настоящие данные.", realBanner, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Seed_DemoSchool_IsARealisticSchoolWhoseCurriculumIsCovered(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        await SeedAsync(app);
        var schoolId = await app.WithDbAsync(null, d => d.Schools.Where(s => s.IsDemo).Select(s => s.Id).SingleAsync());

        await app.WithDbAsync(schoolId, async d =>
        {
            Assert.Equal(31, await d.SchoolClasses.CountAsync());
            Assert.InRange(await d.Students.CountAsync(), 520, 600);
            Assert.InRange(await d.StaffMembers.CountAsync(), 45, 60);
            Assert.Equal(0, await d.Students.CountAsync(s => !d.Guardianships.Any(g => g.StudentId == s.Id)));
            Assert.Equal(0, await d.SchoolClasses.CountAsync(c => c.ClassTeacherId == null));
            Assert.Equal(await d.Students.CountAsync(), await d.Students.Select(s => s.PersonalFileNumber).Distinct().CountAsync());

            var teacherClasses = await d.TeachingAssignments
                .Where(a => a.Teacher!.UserId != null && d.Users.Any(u => u.Id == a.Teacher.UserId && u.UserName == "teacher"))
                .Select(a => new { a.Subject!.Name, Class = a.SchoolClass!.Grade + a.SchoolClass.Letter })
                .ToListAsync();
            Assert.Equal(["Математика 5А", "Математика 5Б"], teacherClasses.Select(a => $"{a.Name} {a.Class}").Order());
            Assert.True(await d.SchoolClasses.AnyAsync(c => c.Grade == 5 && c.Letter == "А" && c.ClassTeacher!.UserId != null));

            // Every curriculum line of every class is taught: by an assignment of the class or of its groups.
            var lines = await d.CurriculumLines.Select(l => new { l.Grade, l.SubjectId }).ToListAsync();
            var classes = await d.SchoolClasses.Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync();
            var taught = await d.TeachingAssignments
                .Select(a => new { ClassId = a.SchoolClassId ?? a.StudyGroup!.SchoolClassId, a.SubjectId })
                .ToListAsync();
            var gaps = classes.SelectMany(c => lines.Where(l => l.Grade == c.Grade)
                    .Where(l => !taught.Any(t => t.ClassId == c.Id && t.SubjectId == l.SubjectId))
                    .Select(l => $"{c.Grade}{c.Letter}/{l.SubjectId}"))
                .ToList();
            Assert.Empty(gaps);

            Assert.Equal(4, await d.Periods.CountAsync(p => d.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.Name == "Четверти")));
            Assert.Equal(2, await d.Periods.CountAsync(p => d.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.Name == "Полугодия")));
            Assert.True(await d.CalendarEntries.AnyAsync(e => e.Name == "Зимние каникулы"));

            // The movement book: everyone entered on 1 September by the opening enrolment, one arrival in November, and
            // the class lists follow the autumn's events.
            var studentsCount = await d.Students.CountAsync();
            Assert.Equal(studentsCount - 1, await d.MovementEvents.CountAsync(e => e.Kind == Parta.Movement.MovementKind.OpeningEnrolment && e.Date == new DateOnly(2026, 9, 1)));
            Assert.Equal(1, await d.MovementEvents.CountAsync(e => e.Kind == Parta.Movement.MovementKind.Admission));
            var class5B = await d.SchoolClasses.Where(c => c.Grade == 5 && c.Letter == "Б").Select(c => c.Id).SingleAsync();
            var before = await Parta.Movement.ClassLists.OnDateAsync(d, class5B, new DateOnly(2026, 10, 11));
            var after = await Parta.Movement.ClassLists.OnDateAsync(d, class5B, new DateOnly(2026, 10, 12));
            Assert.Equal(before.Count - 1, after.Count);
        });
    }

    [Fact]
    public async Task Seed_TwoFreshDatabases_GiveTheSamePeople()
    {
        var first = await NamesAsync();
        var second = await NamesAsync();

        Assert.Equal(first, second);

        async Task<List<string>> NamesAsync()
        {
            await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?>());
            await SeedAsync(app);
            return await app.WithDbAsync(null, d => d.Students.IgnoreQueryFilters()
                .OrderBy(s => s.PersonalFileNumber)
                .Select(s => s.PersonalFileNumber + " " + s.LastName + " " + s.FirstName + " " + s.MiddleName + " " + s.SchoolClass!.Grade + s.SchoolClass.Letter)
                .ToListAsync());
        }
    }

    private static async Task SeedAsync(PartaAppFactory app)
    {
        var watch = Stopwatch.StartNew();
        using var scope = app.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync());
        TestContext.Current.SendDiagnosticMessage($"demo seed on {app.Db}: {watch.Elapsed}");
    }
}
