using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Demo;
using Parta.Notifications;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Notifications;

/// <summary>The demo: seeding writes no letters; a teacher's 2 for the demo parent's child becomes an .eml file.</summary>
public sealed class DemoNotificationTests(TestApps apps)
{
    [Fact]
    public async Task Demo_TeacherEntersATwo_ParentGetsAnEmlFile_AndSeedingWroteNoLetter()
    {
        await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?>());
        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync());
        }

        var afterSeed = await app.WithDbAsync(null, d => d.OutboxMessages.CountAsync());
        var schoolId = await app.WithDbAsync(null, d => d.Schools.Where(s => s.IsDemo).Select(s => s.Id).SingleAsync());
        var (anna, lessons) = await app.WithDbAsync(schoolId, async d =>
        {
            var student = await d.Students.Where(s => s.LastName == "Кузнецова" && s.FirstName == "Анна").Select(s => new { s.Id, s.SchoolClassId }).SingleAsync();
            var userId = await d.Users.Where(u => u.UserName == "teacher").Select(u => u.Id).SingleAsync();
            var teacherId = await d.StaffMembers.Where(s => s.UserId == userId).Select(s => s.Id).SingleAsync();
            var ids = await d.Lessons.Where(l => l.SchoolClassId == student.SchoolClassId && l.TeacherId == teacherId && l.Date < new DateOnly(2026, 11, 30))
                .OrderByDescending(l => l.Date).Select(l => l.Id).Take(6).ToListAsync();
            return (student.Id, ids);
        });
        using var api = app.ApiClient(await app.TokenAsync("teacher", DemoPreset.Password));

        var saved = false;
        foreach (var lesson in lessons)
        {
            var assessment = await api.AddAssessmentAsync(lesson, "answer");
            using var response = await api.PutMarkAsync(assessment, anna, new { value = "2" });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                saved = true;
                break;
            }
        }

        var sent = await app.Services.GetRequiredService<OutboxWorker>().RunOnceAsync();

        Assert.Equal(0, afterSeed);
        Assert.True(saved);
        Assert.Equal(1, sent);
        var letter = await app.WithDbAsync(null, d => d.OutboxMessages.SingleAsync());
        Assert.Equal("parent@demo.parta.local", letter.To);
        Assert.NotNull(letter.SentAt);
        var file = Path.Combine(app.DataDirectory, "mail", OutboxMail.FileName(letter.MessageId));
        Assert.True(File.Exists(file), file);
        using var eml = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Contains("Кузнецова Анна", eml.TextBody, StringComparison.Ordinal);
        Assert.Equal(letter.MessageId, $"<{eml.MessageId}>");
    }
}
