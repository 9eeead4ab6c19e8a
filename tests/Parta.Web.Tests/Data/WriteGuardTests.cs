using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.People;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Data;

/// <summary>The tenancy filter guards reads; SaveChanges guards writes: a row of another school is never written by mistake.</summary>
public sealed class WriteGuardTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_NewRowOfAnotherSchool_IsRefusedAndNothingWritten(Db db)
    {
        var app = await apps.GetAsync(db);
        var ours = await app.CreateSchoolAsync();
        var theirs = await app.CreateSchoolAsync();
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), "coordinator", ours.Id, isSystemAdministrator: false);
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();

        context.Students.Add(new Student { SchoolId = theirs.Id, LastName = "Подброшенная", FirstName = "Запись" });
        var refused = await Assert.ThrowsAsync<CrossSchoolWriteException>(() => context.SaveChangesAsync());

        Assert.Contains(theirs.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(null, d => d.Students.IgnoreQueryFilters().AnyAsync(s => s.LastName == "Подброшенная")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_ChangedRowOfAnotherSchool_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var ours = await app.CreateSchoolAsync();
        var theirs = await app.CreateSchoolAsync();
        var (_, theirStudent) = await app.CreateStudentAsync(theirs, "Чужая");
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), "coordinator", ours.Id, isSystemAdministrator: false);
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();

        var student = await context.Students.IgnoreQueryFilters().SingleAsync(s => s.Id == theirStudent);
        student.LastName = "Переписанная";
        await Assert.ThrowsAsync<CrossSchoolWriteException>(() => context.SaveChangesAsync());

        Assert.Equal("Чужая", await app.WithDbAsync(theirs.Id, d => d.Students.Where(s => s.Id == theirStudent).Select(s => s.LastName).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_AnotherSchoolAllowedByTheUseCase_IsWritten(Db db)
    {
        var app = await apps.GetAsync(db);
        var ours = await app.CreateSchoolAsync();
        var theirs = await app.CreateSchoolAsync();
        using var scope = app.Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        user.Set(Guid.NewGuid(), "parent", ours.Id, isSystemAdministrator: false);
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();

        using (user.AllowWritesTo(theirs.Id))
        {
            context.Guardians.Add(new Guardian { SchoolId = theirs.Id, LastName = "Присоединённая", FirstName = "Мать" });
            await context.SaveChangesAsync();
        }

        context.Guardians.Add(new Guardian { SchoolId = theirs.Id, LastName = "Позже", FirstName = "Мать" });
        await Assert.ThrowsAsync<CrossSchoolWriteException>(() => context.SaveChangesAsync());
        Assert.True(await app.WithDbAsync(theirs.Id, d => d.Guardians.AnyAsync(g => g.LastName == "Присоединённая")));
    }
}
