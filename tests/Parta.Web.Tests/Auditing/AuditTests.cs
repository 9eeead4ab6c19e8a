using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Auditing;
using Parta.Data;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Auditing;

public sealed class AuditTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_Committed_AlwaysHasItsAuditRows(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Петрова");

        await app.WithDbAsync(school.Id, async d =>
        {
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.LastName = "Сидорова";
            await d.SaveChangesAsync();
        });

        var rows = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityId == studentId && a.Action == AuditAction.Changed)
            .Select(a => new { a.Field, a.OldValue, a.NewValue, a.UserLogin, a.SchoolId })
            .ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(("LastName", "Петрова", "Сидорова", "test", (Guid?)school.Id), (row.Field, row.OldValue, row.NewValue, row.UserLogin, row.SchoolId));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_RolledBack_LeavesNoAuditRowAndNoChange(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Орлова");
        var before = await CountAsync(app, studentId);

        await app.WithDbAsync(school.Id, async d =>
        {
            await using var transaction = await d.Database.BeginTransactionAsync();
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.LastName = "Соколова";
            await d.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        Assert.Equal(before, await CountAsync(app, studentId));
        Assert.Equal("Орлова", await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.Id == studentId).Select(s => s.LastName).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_FailingStatement_WritesNeitherChangeNorAudit(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Белова");
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var before = await CountAsync(app, studentId);

        await app.WithDbAsync(school.Id, async d =>
        {
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.LastName = "Новикова";
            // The same role twice breaks the unique index: the whole SaveChanges must fail.
            d.SchoolMemberships.Add(new SchoolMembership { SchoolId = school.Id, UserId = user.Id, Role = SchoolRole.Teacher });
            await Assert.ThrowsAsync<DbUpdateException>(() => d.SaveChangesAsync());
        });

        Assert.Equal(before, await CountAsync(app, studentId));
        Assert.Equal("Белова", await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.Id == studentId).Select(s => s.LastName).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_Coordinator_SeesWhoChangedWhatWithOldAndNewValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Морозова");
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), "zavuch", school.Id, false);
            var d = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            (await d.Students.SingleAsync(s => s.Id == studentId)).LastName = "Морозова-Лебедева";
            await d.SaveChangesAsync();
        }

        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = await client.GetDocumentAsync($"/Auditing?entityType=Student&entityId={studentId}");

        var changed = page.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).Single(t => t.Contains("изменено", StringComparison.Ordinal));
        Assert.Contains("zavuch", changed, StringComparison.Ordinal);
        Assert.Contains("Морозова-Лебедева", changed, StringComparison.Ordinal);
        Assert.Contains("LastName", changed, StringComparison.Ordinal);
    }

    private static Task<int> CountAsync(PartaAppFactory app, Guid entityId) =>
        app.WithDbAsync(null, d => d.AuditEntries.CountAsync(a => a.EntityId == entityId));
}
