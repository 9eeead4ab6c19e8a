using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Importing;
using Parta.Web.Hosting;

namespace Parta.Web.Importing;

/// <summary>
/// <c>import &lt;kind&gt; &lt;file&gt; --school &lt;id or short name&gt; [--dry-run]</c>: the same validation and import as
/// the page. Errors are printed in Russian by row; exit code 0 when imported, 1 when the file has errors (nothing is
/// written), 2 for a wrong command line.
/// </summary>
public static class ImportCommand
{
    public const string Usage =
        "Использование: import <вид> <файл> --school <id или краткое название школы> [--dry-run]\n" +
        "Виды: students (учащиеся и родители), staff (сотрудники), classes (классы), subjects (предметы), " +
        "curriculum (учебный план), assignments (учебная нагрузка), timetable (расписание уроков).";

    public static async Task<int> RunAsync(string[] args)
    {
        var positional = new List<string>();
        var hostArgs = new List<string>();
        string? school = null;
        var dryRun = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--school" when i + 1 < args.Length:
                    school = args[++i];
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                default:
                    if (args[i].StartsWith('-'))
                    {
                        hostArgs.Add(args[i]);
                    }
                    else
                    {
                        positional.Add(args[i]);
                    }

                    break;
            }
        }

        if (positional.Count != 2 || school is null || !ImportKinds.TryParse(positional[0], out var kind))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var path = positional[1];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"Файл «{path}» не найден.");
            return 2;
        }

        await using var app = PartaApp.Build([.. hostArgs]);
        await PartaCommands.MigrateAsync(app);
        using var scope = app.Services.CreateScope();
        var currentUser = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        currentUser.ActAsSystem(null, "import");
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
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

        currentUser.ActAsSystem(schools[0].Id, "import");
        var content = await File.ReadAllBytesAsync(path);
        var import = scope.ServiceProvider.GetRequiredService<ImportSpreadsheet>();
        var clock = Stopwatch.StartNew();
        var imported = await import.HandleAsync(new ImportSpreadsheet.Request(kind, Path.GetFileName(path), content, Apply: !dryRun));
        clock.Stop();
        if (!imported.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(" ", imported.Errors.Select(e => e.Message)));
            return 1;
        }

        var result = imported.Value;

        if (result.HasErrors)
        {
            await Console.Error.WriteLineAsync($"Файл не загружен: ошибок {result.Errors.Count}. Ничего не записано.");
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.ToString());
            }

            return 1;
        }

        Console.WriteLine($"{schools[0].ShortName}, {result.YearName} учебный год, {kind.Title()}: строк {result.Rows}"
                          + (dryRun ? " (проверка, ничего не записано)." : "."));
        foreach (var count in result.Counts)
        {
            Console.WriteLine($"{count.What}: создано {count.Created}, обновлено {count.Updated}, без изменений {count.Unchanged}");
        }

        foreach (var note in result.Notes)
        {
            Console.WriteLine(note);
        }

        foreach (var warning in result.Warnings)
        {
            Console.WriteLine($"Предупреждение: {warning}");
        }

        Console.WriteLine($"Время импорта: {clock.ElapsedMilliseconds} мс");
        return 0;
    }
}
