using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Demo;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Demo;

/// <summary>The demo school has a whole, conflict-free timetable and the year's lessons made from it.</summary>
public sealed class DemoTimetableTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Seed_DemoSchool_HasAConflictFreeTimetableAndTheYearsLessons(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        var watch = Stopwatch.StartNew();
        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync());
        }

        TestContext.Current.SendDiagnosticMessage($"demo seed with the timetable on {app.Db}: {watch.Elapsed}");
        var schoolId = await app.WithDbAsync(null, d => d.Schools.Where(s => s.IsDemo).Select(s => s.Id).SingleAsync());

        await app.WithDbAsync(schoolId, async d =>
        {
            var timetable = await d.Timetables.SingleAsync();
            Assert.False(timetable.AlternatingWeeks);
            var picture = (await TimetablePicture.LoadAsync(d, timetable.Id, new DateOnly(2026, 11, 30)))!;

            var conflicts = TimetableConflicts.Find(picture);

            Assert.Empty(conflicts.Select(c => c.Message));
            Assert.Equal(31, picture.Lines.Select(l => picture.ClassOf(picture.Assignments[l.AssignmentId])).Distinct().Count());
            Assert.InRange(await d.Rooms.CountAsync(), 35, 50);
            Assert.Equal(9, await d.SchoolClasses.CountAsync(c => c.Shift == 2));
            Assert.Equal(0, await d.SchoolClasses.CountAsync(c => c.Grade == 1 && c.Shift != 1));

            // Every class's week has no gaps: lessons 1…k on each of its days.
            foreach (var byClass in picture.Lines.GroupBy(l => picture.ClassOf(picture.Assignments[l.AssignmentId])))
            {
                foreach (var byDay in byClass.GroupBy(l => l.Day))
                {
                    var numbers = byDay.Select(l => l.Number).Distinct().Order().ToList();
                    Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
                }
            }

            // A school day has its lessons with bell times; the autumn holidays have none.
            var monday = new DateOnly(2026, 11, 30);
            Assert.InRange(await d.Lessons.CountAsync(l => l.Date == monday), 150, 260);
            Assert.Equal(0, await d.Lessons.CountAsync(l => l.Date == monday && l.Start == null));
            Assert.Equal(0, await d.Lessons.CountAsync(l => l.Date >= new DateOnly(2026, 10, 24) && l.Date <= new DateOnly(2026, 11, 4)));
            Assert.Equal(0, await d.Lessons.CountAsync(l => l.Date > new DateOnly(2027, 5, 26)));
            var firstGradeAt = await d.Lessons.Where(l => l.Date == monday && l.Number == 1 && d.SchoolClasses.Any(c => c.Id == l.SchoolClassId && c.Grade == 1)).Select(l => l.Start).FirstAsync();
            var thirdGradeAt = await d.Lessons.Where(l => l.Date == monday && l.Number == 1 && d.SchoolClasses.Any(c => c.Id == l.SchoolClassId && c.Grade == 3)).Select(l => l.Start).FirstAsync();
            Assert.Equal(new TimeOnly(8, 30), firstGradeAt);
            Assert.Equal(new TimeOnly(13, 30), thirdGradeAt);

            // This week's changes: two substitutions and a cancellation, on the lessons.
            Assert.Equal(2, await d.Lessons.CountAsync(l => l.Change == LessonChangeKind.Substitution));
            Assert.Equal(1, await d.Lessons.CountAsync(l => l.Change == LessonChangeKind.Cancelled));
        });
    }

    [Fact]
    public async Task Seed_Zavuch_SignsInAsDeputyDirector()
    {
        await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?>());
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync();
        }

        var roles = await app.WithDbAsync(null, d => d.SchoolMemberships.IgnoreQueryFilters()
            .Where(m => d.Users.Any(u => u.Id == m.UserId && u.UserName == "zavuch")).Select(m => m.Role).ToListAsync());

        Assert.Equal([Parta.Access.SchoolRole.DeputyDirector], roles);
        Assert.Contains("zavuch", DemoPreset.Logins);
    }
}
