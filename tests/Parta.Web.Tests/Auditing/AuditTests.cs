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
        var before = app.Clock.GetUtcNow().UtcDateTime;

        await app.WithDbAsync(school.Id, async d =>
        {
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.LastName = "Сидорова";
            await d.SaveChangesAsync();
        });

        var rows = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityId == studentId && a.Action == AuditAction.Changed && a.At > before)
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

        var changed = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Single(r => r[3] == "изменено" && r[1] == "zavuch");
        Assert.Equal("Фамилия: Морозова → Морозова-Лебедева", changed[4]);
        Assert.Equal("История изменений: Личная карточка учащегося — Морозова-Лебедева Анна Игоревна", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_ShowsFieldsValuesAndClassesAsThePagesDo_AndLogsTheView(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Зимина");
        var class7B = await app.CreateClassAsync(school, 7, "Б");
        await app.RecordMovementAsync(school, studentId, Parta.Movement.MovementKind.Transfer, class7B, new DateOnly(2026, 10, 12), "57-у");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);
        var saved = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "Зимина", ["FirstName"] = "Анна", ["MiddleName"] = "Игоревна",
            ["BirthDate"] = "2015-03-14", ["Gender"] = "Female",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var card = await client.GetDocumentAsync($"/People/Students/Card?id={studentId}");
        var historyLink = card.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "История изменений").GetAttribute("href")!;
        var page = await client.GetDocumentAsync(historyLink);

        var changes = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td")[4].TextContent.Trim()).ToList();
        Assert.Contains("Дата рождения: 01.05.2015 → 14.03.2015; Пол: — → женский", changes);
        Assert.Contains(changes, c => System.Text.RegularExpressions.Regex.IsMatch(c, "^Класс: 5А[0-9a-f]{8} → 7Б$"));
        Assert.DoesNotContain(changes, c => c.Contains(class5A.ToString(), StringComparison.Ordinal) || c.Contains(class7B.ToString(), StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(school.Id, d => d.PersonalDataViews.AnyAsync(v => v.SubjectId == studentId && v.Page == "/Auditing" && v.UserLogin == coordinator.Login)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_OneSaveOfSeveralFields_IsOneRowNamingThePersonAtTheSchoolsOwnTime(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync(timeZone: "Asia/Vladivostok");
        var (_, studentId) = await app.CreateStudentAsync(school, "Лебедева");
        var zavuch = await app.CreateUserAsync(school, SchoolRole.DeputyDirector);
        await app.CreateStaffAsync(school, "Завучева", zavuch);
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(zavuch.Id, zavuch.Login, school.Id, false);
            var d = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.Phone = "+7 900 000-00-01";
            student.LastName = "Орлова";
            await d.SaveChangesAsync();
        }

        var at = await app.WithDbAsync(null, d => d.AuditEntries.Where(a => a.EntityId == studentId && a.Field == "Phone").Select(a => a.At).SingleAsync());
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync($"/Auditing?entityType=Student&entityId={studentId}");

        Assert.Equal(["Когда", "Кто", "Что", "Действие", "Изменения", "Причина"], page.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelectorAll("td")[3].TextContent == "изменено" && tr.TextContent.Contains("Телефон", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var vladivostok = at.AddHours(10);
        Assert.Equal(vladivostok.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(("Завучева И. П.", zavuch.Login), (cells[1], row.QuerySelectorAll("td")[1].GetAttribute("title")));
        Assert.Equal("Фамилия: Лебедева → Орлова; Телефон: — → +7 900 000-00-01", cells[4]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_WorkOfTheSystem_IsSaidInWords(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var subject = new Parta.Organisation.Subject { SchoolId = school.Id, Name = "Черчение", ShortName = "Черч." };
        async Task AsSystemAsync(string login, Action<PartaDbContext> change)
        {
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, login);
            var d = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            change(d);
            await d.SaveChangesAsync();
        }

        await AsSystemAsync("seed", d => d.Subjects.Add(subject));
        await AsSystemAsync("import", d => d.Subjects.Attach(subject).Entity.Name = "Черчение и графика");
        await AsSystemAsync("system", d => d.Subjects.Attach(subject).Entity.ShortName = "Черч. и гр.");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync($"/Auditing?entityType=Subject&entityId={subject.Id}");

        var who = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Equal(["система", "система: импорт из файла", "система: начальное заполнение"], who);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_ManyChanges_ShowsTheNewestHundredChangesEachWithAllItsFields(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var subjectId = await app.CreateSubjectAsync(school, "Предмет 0", "П0");
        await app.WithDbAsync(school.Id, async d =>
        {
            var subject = await d.Subjects.SingleAsync(s => s.Id == subjectId);
            for (var i = 1; i <= 120; i++)
            {
                (subject.Name, subject.ShortName) = ($"Предмет {i}", $"П{i}");
                await d.SaveChangesAsync();
            }
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync($"/Auditing?entityType=Subject&entityId={subjectId}");

        var changes = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td")[4].TextContent.Trim()).ToList();
        Assert.Equal(GetAuditHistory.ChangesShown, changes.Count);
        Assert.Equal("Название: Предмет 119 → Предмет 120; Краткое название: П119 → П120", changes[0]);
        Assert.Equal("Название: Предмет 20 → Предмет 21; Краткое название: П20 → П21", changes[^1]);
        Assert.Contains("Последние 100 изменений", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AuditReason_GivenForOneSave_IsNotCarriedIntoTheNext(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Причинова");

        await app.WithDbAsync(school.Id, async d =>
        {
            var student = await d.Students.SingleAsync(s => s.Id == studentId);
            student.Phone = "+7 900 000-00-01";
            d.AuditReason = "исправление по заявлению";
            await d.SaveChangesAsync();
            student.Phone = "+7 900 000-00-02";
            await d.SaveChangesAsync();
        });

        var reasons = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityId == studentId && a.Field == "Phone").OrderBy(a => a.At).Select(a => a.Reason).ToListAsync());
        Assert.Equal(["исправление по заявлению", null], reasons);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RemoveAll_AuditedRows_EachDeletionIsInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var subjects = new[] { await app.CreateSubjectAsync(school, "Черчение", "Черч."), await app.CreateSubjectAsync(school, "Астрономия", "Астр.") };

        await app.WithDbAsync(school.Id, async d =>
        {
            await d.RemoveAllAsync(d.Subjects.Where(s => subjects.Contains(s.Id)));
            await d.SaveChangesAsync();
        });

        var deleted = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => subjects.Contains(a.EntityId) && a.Action == AuditAction.Deleted && a.Field == "Name").Select(a => a.OldValue).ToListAsync());
        Assert.Equal(["Астрономия", "Черчение"], deleted.Order(StringComparer.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task JoinCode_ReplacedByANewOne_TheOldOnesDeletionIsInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Кодова");
        var guardianId = await app.AddGuardianAsync(school, studentId, "Кодова", "Мать", "мать");

        var first = await IssueAsync(app, school, guardianId);
        await IssueAsync(app, school, guardianId);

        var deleted = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityType == "JoinCode" && a.EntityId == first && a.Action == AuditAction.Deleted).Select(a => a.Field).ToListAsync());
        Assert.Contains("PersonId", deleted);
        Assert.DoesNotContain("CodeHash", deleted);
    }

    private static async Task<Guid> IssueAsync(PartaAppFactory app, TestSchool school, Guid guardianId)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, "test");
        var issued = await scope.ServiceProvider.GetRequiredService<IssueJoinCode>()
            .HandleAsync(new IssueJoinCode.Request(PersonKind.Guardian, guardianId));
        Assert.True(issued.Succeeded);
        return await app.WithDbAsync(school.Id, d => d.JoinCodes.Where(c => c.PersonId == guardianId && c.UsedAt == null).Select(c => c.Id).SingleAsync());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Purge_OfAuditedSchoolData_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(school.Id, d => d.PurgeAsync(d.Subjects)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HistoryPage_OfAnotherSchoolsAccountOrSchool_NamesNeither(Db db)
    {
        var app = await apps.GetAsync(db);
        var ours = await app.CreateSchoolAsync();
        var theirs = await app.CreateSchoolAsync(name: "Школа, чьё название не для чужих");
        var theirParent = await app.CreateUserAsync(theirs, SchoolRole.Parent, lastName: "Чужаков");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(ours, SchoolRole.Coordinator));

        var user = await client.GetAsync($"/Auditing?entityType=User&entityId={theirParent.Id}");
        var school = await client.GetAsync($"/Auditing?entityType=School&entityId={theirs.Id}");

        var userText = (await PageClient.ParseAsync(user)).Body!.TextContent;
        var schoolText = (await PageClient.ParseAsync(school)).Body!.TextContent;
        Assert.DoesNotContain(theirParent.Login, userText, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Name, schoolText, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.ShortName, schoolText, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryAuditedField_HasARussianTitle(Db db)
    {
        var app = await apps.GetAsync(db);
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PartaDbContext>().Model;

        var audited = model.GetEntityTypes()
            .Where(e => e.ClrType.GetCustomAttributes(typeof(AuditedAttribute), false).Length > 0)
            .SelectMany(e => e.GetProperties().Where(AuditInterceptor.IsAudited).Select(p => (Entity: e.ClrType.Name, Field: p.Name)))
            .ToList();

        var untitled = audited.Where(a => !AuditPresenter.FieldTitles.ContainsKey(a.Field)).Select(a => $"{a.Entity}.{a.Field}").ToList();
        var unused = AuditPresenter.FieldTitles.Keys.Where(k => audited.All(a => a.Field != k)).ToList();
        Assert.Equal([], untitled);
        Assert.Equal([], unused);
    }

    private static Task<int> CountAsync(PartaAppFactory app, Guid entityId) =>
        app.WithDbAsync(null, d => d.AuditEntries.CountAsync(a => a.EntityId == entityId));
}
