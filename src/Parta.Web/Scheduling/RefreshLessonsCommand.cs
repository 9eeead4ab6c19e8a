using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Hosting;

namespace Parta.Web.Scheduling;

/// <summary>
/// <c>refresh-lessons --school &lt;id or short name&gt;</c>: makes the dated lessons of the school's current year again
/// from its timetable (what the pages do after each change, for the whole year at once), and prints what changed and
/// how long it took — for an operator after a manual repair, and for the benchmark (<c>bench/refresh-lessons.sh</c>).
/// </summary>
public static class RefreshLessonsCommand
{
    private const string Usage = "Использование: refresh-lessons --school <id или краткое название школы>";

    public static async Task<int> RunAsync(string[] args)
    {
        var schoolIndex = Array.IndexOf(args, "--school");
        if (schoolIndex < 0 || schoolIndex + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var school = args[schoolIndex + 1];
        var hostArgs = args.Where((_, i) => i != schoolIndex && i != schoolIndex + 1).ToArray();
        await using var app = PartaApp.Build(hostArgs);
        await PartaCommands.MigrateAsync(app);
        using var scope = app.Services.CreateScope();
        var currentUser = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        currentUser.ActAsSystem(null, "refresh-lessons");
        var schools = Guid.TryParse(school, out var schoolId)
            ? await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).ToListAsync()
            : await db.Schools.AsNoTracking().Where(s => s.ShortName == school).ToListAsync();
        if (schools.Count != 1)
        {
            await Console.Error.WriteLineAsync(schools.Count == 0
                ? $"Школа «{school}» не найдена: укажите её id или краткое название."
                : $"Школ с кратким названием «{school}» несколько: укажите id.");
            return 2;
        }

        currentUser.ActAsSystem(schools[0].Id, "refresh-lessons");
        var year = await SchoolClock.CurrentYearAsync(db, schools[0].Today(time));
        if (year is null)
        {
            await Console.Error.WriteLineAsync("У школы нет учебного года.");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await new RefreshLessons(db).HandleAsync(new(year.Start, year.End));
        var made = watch.Elapsed;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        var total = watch.Elapsed;
        var lessons = await db.Lessons.CountAsync(l => l.AcademicYearId == year.Id);
        Console.WriteLine($"{schools[0].ShortName}, {year.Name}: уроков {lessons}; добавлено {outcome.Added}, изменено {outcome.Changed}, "
            + $"удалено {outcome.Deleted}, оставлено учителям {outcome.Flagged}");
        Console.WriteLine(FormattableString.Invariant(
            $"Время: расчёт {made.TotalSeconds:0.00} с, с записью {total.TotalSeconds:0.00} с; {(outcome.Added + outcome.Changed + outcome.Deleted) / Math.Max(total.TotalSeconds, 0.001):0} изменённых уроков в секунду"));
        return 0;
    }
}
