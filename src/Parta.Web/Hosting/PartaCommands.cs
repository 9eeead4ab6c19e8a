using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Demo;

namespace Parta.Web.Hosting;

/// <summary>
/// The host is also the admin tool: <c>dotnet run --project src/Parta.Web -- &lt;command&gt;</c>.
/// <list type="bullet">
/// <item><c>serve</c> (default) — run the web application;</item>
/// <item><c>demo</c> — create the demo school if missing, then serve;</item>
/// <item><c>migrate</c> — bring the database schema up to date;</item>
/// <item><c>seed demo</c> — create the demo school (accounts with the password <c>parta-demo</c>);</item>
/// <item><c>seed school [--students N]|district [--seed N] [--today yyyy-MM-dd]</c> — a dataset for benchmarks (see <see cref="DatasetPreset"/>);</item>
/// <item><c>create-admin --login L</c> — create a system administrator, password from the prompt or standard input;</item>
/// <item><c>import &lt;kind&gt; &lt;file&gt; --school S</c> — import a spreadsheet (see <see cref="Importing.ImportCommand"/>);</item>
/// <item><c>refresh-lessons --school S</c> — make the current year's dated lessons again (see <see cref="Scheduling.RefreshLessonsCommand"/>).</item>
/// </list>
/// </summary>
public static class PartaCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (command, rest) = args.Length > 0 && !args[0].StartsWith('-') ? (args[0], args[1..]) : ("serve", args);
        switch (command)
        {
            case "serve":
                await PartaApp.Build(rest).RunAsync();
                return 0;
            case "demo":
            {
                var app = PartaApp.Build(rest);
                await SeedDemoAsync(app);
                await app.RunAsync();
                return 0;
            }

            case "migrate":
            {
                await using var app = PartaApp.Build(rest);
                await MigrateAsync(app);
                Console.WriteLine("Схема базы данных обновлена.");
                return 0;
            }

            case "seed" when rest.Length > 0 && rest[0] == "demo":
            {
                await using var app = PartaApp.Build(rest[1..]);
                await SeedDemoAsync(app);
                return 0;
            }

            case "seed":
                return await SeedDatasetAsync(rest);

            case "create-admin":
                return await CreateAdminAsync(rest);
            case "import":
                return await Importing.ImportCommand.RunAsync(rest);
            case "refresh-lessons":
                return await Scheduling.RefreshLessonsCommand.RunAsync(rest);
            default:
                await Console.Error.WriteLineAsync(
                    $"Неизвестная команда «{command}». Команды: serve, demo, migrate, seed demo|school|district, create-admin --login L, import <вид> <файл> --school S, refresh-lessons --school S");
                return 2;
        }
    }

    internal static async Task MigrateAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
        }

        await db.Database.MigrateAsync();
    }

    private static async Task SeedDemoAsync(WebApplication app)
    {
        await MigrateAsync(app);
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync();
        Console.WriteLine(created
            ? $"Демо-школа создана. Логины: {string.Join(", ", DemoPreset.Logins)}; пароль: {DemoPreset.Password}"
            : "Демо-школа уже есть: данные не изменены.");
    }

    /// <summary><c>seed school|district [--seed N] [--today yyyy-MM-dd]</c>: a dataset for benchmarks into an empty database.</summary>
    private static async Task<int> SeedDatasetAsync(string[] args)
    {
        const string usage = "Использование: seed demo | seed school [--students 50…1500] | seed district  [--seed ЧИСЛО] [--today ГГГГ-ММ-ДД]";
        var seed = 1;
        int? students = null;
        var today = DatasetPreset.YearsLastLesson;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--seed" && i + 1 < args.Length && int.TryParse(args[i + 1], out var s) && s is > 0 and < 1_000_000)
            {
                seed = s;
                i++;
            }
            else if (args[i] == "--today" && i + 1 < args.Length
                     && DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                today = d;
                i++;
            }
            else if (args[i] == "--students" && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n is >= 50 and <= 1_500)
            {
                students = n;
                i++;
            }
            else if (args[i] is "--seed" or "--today" or "--students")
            {
                await Console.Error.WriteLineAsync(usage);
                return 2;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (args.Length == 0 || DatasetPreset.Dataset.Find(args[0], seed, students) is not { } dataset)
        {
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }

        await using var app = PartaApp.Build([.. rest]);
        await MigrateAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        if (await db.Schools.IgnoreQueryFilters().AnyAsync())
        {
            await Console.Error.WriteLineAsync("В базе уже есть школы: набор данных создаётся только в пустой базе.");
            return 1;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = await scope.ServiceProvider.GetRequiredService<DatasetPreset>().SeedAsync(dataset, today, Console.WriteLine);
        Console.WriteLine(
            $"Набор «{dataset.Name}» (seed {seed}, по {RussianDate.Show(today)}): {RussianPlural.Count(outcome.Schools, "школа", "школы", "школ")}, "
            + $"{RussianPlural.Count(outcome.Students, "учащийся", "учащихся", "учащихся")}, "
            + $"{RussianPlural.Count(outcome.Accounts, "учётная запись", "учётные записи", "учётных записей")}, "
            + $"{RussianPlural.Count(outcome.Written.Rows, "строка", "строки", "строк")}; расчёт {outcome.Generating.TotalSeconds:0} с, "
            + $"запись {outcome.Written.Elapsed.TotalSeconds:0} с ({outcome.Written.RowsPerSecond:0} строк/с), всего {clock.Elapsed.TotalSeconds:0} с.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(string[] args)
    {
        var loginIndex = Array.IndexOf(args, "--login");
        if (loginIndex < 0 || loginIndex + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("Использование: create-admin --login ЛОГИН (пароль вводится с клавиатуры или из стандартного ввода)");
            return 2;
        }

        var login = args[loginIndex + 1];
        var rest = args.Where((_, i) => i != loginIndex && i != loginIndex + 1).ToArray();
        var password = ReadPassword();
        await using var app = PartaApp.Build(rest);
        await MigrateAsync(app);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = login,
            LastName = "Администратор",
            FirstName = login,
            IsSystemAdministrator = true,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await db.PurgeAsync(db.SystemSettings.Where(s => s.Key == SystemSetting.SetupTokenHash));
        Console.WriteLine($"Администратор «{login}» создан.");
        return 0;
    }

    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        Console.Write("Пароль: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
