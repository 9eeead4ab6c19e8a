using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Data;

public sealed class DatabaseTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public void Migrations_OfEachProvider_CoverTheWholeModel(Db db)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        PartaDatabase.Configure(options, db == Db.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
            db == Db.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused");
        using var context = new PartaDbContext(options.Options);

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The model has changes that the {db} migrations lack: run scripts/add-migration NAME");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RunningDatabase_HasDurableSettingsAndAllMigrations(Db db)
    {
        var app = await apps.GetAsync(db);
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();

        Assert.Empty(await DurabilityCheck.FindProblemsAsync(context));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    /// <summary>
    /// The current school's row is read once a scope (the clock, the late-entry days, the order delay all take it from
    /// there): a save of the school in the same scope reads it again, and the next scope (a pooled context) reads it anew.
    /// </summary>
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task CurrentSchoolSettings_FollowASaveOfTheSchool_AndDoNotOutliveTheScope(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();

        await app.WithDbAsync(school.Id, async context =>
        {
            Assert.Equal(Parta.Journal.JournalRules.DefaultLateEntryDays, (await context.CurrentSchoolAsync())!.LateEntryDays);
            var row = await context.Schools.SingleAsync(s => s.Id == school.Id);
            row.LateEntryDays = 7;
            await context.SaveChangesAsync();
            Assert.Equal(7, (await context.CurrentSchoolAsync())!.LateEntryDays);
            Assert.Equal(7, (await Parta.Journal.JournalSettings.LoadAsync(context, school.Id)).LateEntryDays);
        });

        // Changed behind this scope's back (another request, another node): a new scope sees it.
        await app.WithDbAsync(null, async context =>
        {
            var row = await context.Schools.IgnoreQueryFilters().SingleAsync(s => s.Id == school.Id);
            row.LateEntryDays = 9;
            await context.SaveChangesAsync();
        });
        Assert.Equal(9, await app.WithDbAsync(school.Id, async context => (await context.CurrentSchoolAsync())!.LateEntryDays));
    }

    /// <summary>
    /// The migration to the opening enrolment turns each school's first-day admissions (those that are a student's first
    /// record) into the opening enrolment, and leaves later arrivals as they are.
    /// </summary>
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task OpeningEnrolmentMigration_TurnsTheFirstDaysAdmissionsIntoTheOpening_LaterArrivalsStay(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var opening = new[]
        {
            await app.AddStudentAsync(school, class5A, "Белова", "Ольга"),
            await app.AddStudentAsync(school, class5A, "Ежов", "Иван"),
        };
        var arrived = await app.AddStudentAsync(school, class5A, "Журавлёва", "Дарья", admittedOn: new DateOnly(2026, 11, 9));

        using (var scope = app.Services.CreateScope())
        {
            var migrator = scope.ServiceProvider.GetRequiredService<PartaDbContext>().GetInfrastructure()
                .GetRequiredService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync("SchoolAccessBlock");
            await migrator.MigrateAsync();
        }

        var kinds = await app.WithDbAsync(school.Id, d => d.MovementEvents.Select(e => new { e.StudentId, e.Kind }).ToListAsync());
        Assert.All(opening, id => Assert.Equal(Parta.Movement.MovementKind.OpeningEnrolment, kinds.Single(k => k.StudentId == id).Kind));
        Assert.Equal(Parta.Movement.MovementKind.Admission, kinds.Single(k => k.StudentId == arrived).Kind);
    }

    [Fact]
    public async Task SqliteFile_IsInWalModeWithFullSync()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync("PRAGMA synchronous;"));
        Assert.Equal("1", await ScalarAsync("PRAGMA foreign_keys;"));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "parta.db")));

        async Task<string?> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
