using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Web.Hosting;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

public sealed class SetupTests(TestApps apps)
{
    [Fact]
    public async Task FirstRun_SetupLink_CreatesTheAdministratorOnceOnly()
    {
        await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?>());
        string token;
        using (var scope = app.Services.CreateScope())
        {
            token = await DatabaseStartup.CreateSetupTokenAsync(scope.ServiceProvider.GetRequiredService<PartaDbContext>(), default);
        }

        using var client = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Account/Setup?token=wrong")).StatusCode);

        var created = await client.SubmitFormAsync($"/Account/Setup?token={token}", new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Login"] = "root-admin",
            ["LastName"] = "Главный",
            ["FirstName"] = "Админ",
            ["Password"] = "длинная фраза администратора",
            ["ConfirmPassword"] = "длинная фраза администратора",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Admin/Schools", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Schools")).StatusCode);
        Assert.True(await app.WithDbAsync(null, d => d.Users.AnyAsync(u => u.UserName == "root-admin" && u.IsSystemAdministrator)));
        using var second = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync($"/Account/Setup?token={token}")).StatusCode);
    }
}
