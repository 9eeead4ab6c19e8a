using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Diary;

/// <summary>
/// The diary as a family meets it (JournalWorld, today Monday 30.11; the week 23.11–29.11 has Tuesday's mathematics moved,
/// Wednesday's cancelled and Friday's given by Петрова): the journal's own values, the access rule, ranges and ETags.
/// </summary>
public sealed class DiaryTests(TestApps apps)
{
    private static string Week(Guid studentId, DateOnly from, DateOnly to) =>
        $"/api/v1/students/{studentId}/diary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    private static JsonElement Day(JsonElement diary, DateOnly date) =>
        diary.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static JsonElement Maths(JsonElement day) =>
        day.GetProperty("lessons").EnumerateArray().Single(l => l.GetProperty("subject").GetString() == "Математика");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Week_ShowsExactlyTheJournalsValues_AndTheDaysChanges(Db db)
    {
        var app = await apps.GetAsync(db);
        var d = await app.CreateDiaryWorldAsync();
        var w = d.Journal;
        using var teacher = await app.ApiAsAsync(w.Teacher);
        var monday = await app.LessonAsync(w, w.Maths, DiaryWorld.WeekStart);
        var answer = await teacher.AddAssessmentAsync(monday, "answer");
        var control = await teacher.AddAssessmentAsync(monday, "control", "Контрольная работа №2");
        await teacher.SetMarkAsync(answer, w.Anna, "5");
        await teacher.SetMarkAsync(control, w.Anna, "3");
        await teacher.SetMarkAsync(await teacher.AddAssessmentAsync(monday, "test"), w.Anna, "4");
        using var topic = await teacher.PutAsJsonAsync($"/api/v1/lessons/{monday}", new { topic = "Дроби", homework = "№ 12, 14 https://example.org/drobi" });
        using var absent = await teacher.PutAttendanceAsync(await app.LessonAsync(w, w.Maths, DiaryWorld.Moved), w.Anna, new { code = "Н" });
        using var parent = await app.ApiAsAsync(w.Parent);

        var diary = await parent.GetFromJsonAsync<JsonElement>(Week(w.Anna, DiaryWorld.WeekStart, DiaryWorld.WeekStart.AddDays(6)));
        var journal = await teacher.JournalAsync(w.Maths, w.SecondQuarter);
        var marks = await parent.GetFromJsonAsync<JsonElement>($"/api/v1/students/{w.Anna}/marks?periodId={w.SecondQuarter}");

        Assert.Equal(HttpStatusCode.OK, topic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        Assert.Equal(7, diary.GetProperty("days").GetArrayLength());
        var mondayLesson = Maths(Day(diary, DiaryWorld.WeekStart));
        var journalLesson = journal.GetProperty("lessons").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == monday);
        Assert.Equal(journalLesson.GetProperty("topic").GetString(), mondayLesson.GetProperty("topic").GetString());
        Assert.Equal(journalLesson.GetProperty("homework").GetString(), mondayLesson.GetProperty("homework").GetString());
        var journalMarks = journal.GetProperty("marks").EnumerateArray()
            .Where(m => m.GetProperty("studentId").GetGuid() == w.Anna
                && journalLesson.GetProperty("assessments").EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == m.GetProperty("assessmentId").GetGuid()))
            .Select(m => m.GetProperty("value").GetString()).Order().ToList();
        Assert.Equal(journalMarks, mondayLesson.GetProperty("marks").EnumerateArray().Select(m => m.GetProperty("value").GetString()).Order().ToList());
        var weights = journalLesson.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("weight").GetDecimal()).Order().ToList();
        Assert.Equal(weights, mondayLesson.GetProperty("marks").EnumerateArray().Select(m => m.GetProperty("weight").GetDecimal()).Order().ToList());
        var journalAttendance = journal.GetProperty("attendance").EnumerateArray()
            .Single(a => a.GetProperty("studentId").GetGuid() == w.Anna).GetProperty("code").GetString();
        var moved = Maths(Day(diary, DiaryWorld.Moved));
        Assert.Equal(journalAttendance, moved.GetProperty("attendance").GetString());
        Assert.Equal("moved", moved.GetProperty("changed").GetString());
        Assert.Equal(3, moved.GetProperty("number").GetInt32());
        Assert.Equal("cancelled", Maths(Day(diary, JournalWorld.Cancelled)).GetProperty("changed").GetString());
        var substituted = Maths(Day(diary, JournalWorld.Substituted));
        Assert.Equal("substitution", substituted.GetProperty("changed").GetString());
        Assert.StartsWith("Петрова", substituted.GetProperty("teacher").GetString());
        Assert.Equal("school", Day(diary, DiaryWorld.WeekStart).GetProperty("kind").GetString());
        Assert.Empty(Day(diary, DiaryWorld.WeekStart.AddDays(6)).GetProperty("lessons").EnumerateArray());
        var subject = marks.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "Математика");
        Assert.Equal(journal.WeightedOf(w.Anna).GetDecimal(), subject.GetProperty("weighted").GetDecimal());
        Assert.Equal(3, subject.GetProperty("marks").GetArrayLength());
        Assert.Contains("по порогу", subject.GetProperty("reason").GetString());
        Assert.Contains(marks.GetProperty("rule").EnumerateArray(), r => r.GetString()!.Contains("от 4,5", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Pages_ShowTheWeek_TheMarksWithTheRule_AndTheFinalMarks(Db db)
    {
        var app = await apps.GetAsync(db);
        var d = await app.CreateDiaryWorldAsync();
        var w = d.Journal;
        using var teacher = await app.ApiAsAsync(w.Teacher);
        var answer = await teacher.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, DiaryWorld.WeekStart), "answer");
        await teacher.SetMarkAsync(answer, w.Anna, "4");
        using var parent = await app.SignedInClientAsync(w.Parent);

        var week = await parent.GetStringAsync($"/Diary?studentId={w.Anna}&date=2026-11-25");
        var marks = await parent.GetStringAsync($"/Diary/Marks?studentId={w.Anna}");
        var final = await parent.GetStringAsync($"/Diary/Final?studentId={w.Anna}");
        var home = await parent.GetStringAsync("/Diary");

        Assert.Contains("Изменение: замена", week, StringComparison.Ordinal);
        Assert.Contains("Изменение: урок отменён", week, StringComparison.Ordinal);
        Assert.Contains("Изменение: урок перенесён", week, StringComparison.Ordinal);
        Assert.Contains("23.11.2026", week, StringComparison.Ordinal);
        Assert.Contains("Если период закончится сейчас", marks, StringComparison.Ordinal);
        Assert.Contains("Как ставится отметка за период", marks, StringComparison.Ordinal);
        Assert.Contains("Табель успеваемости", final, StringComparison.Ordinal);
        Assert.Contains("Информационное письмо: 1 четверть", final, StringComparison.Ordinal);
        Assert.Contains("Письмо за период «2 четверть» — после закрытия периода", final, StringComparison.Ordinal);
        Assert.Contains("Антонова Анна Сергеевна", home, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryRoute_ForAnotherFamilysChild_AnotherSchoolsStudent_OrAWithdrawnOne_IsNotFound_AndLogged(Db db)
    {
        var app = await apps.GetAsync(db);
        var d = await app.CreateDiaryWorldAsync();
        var w = d.Journal;
        var targets = new[] { (w.School.Id, w.Boris), (d.OtherSchool.Id, d.OtherSchoolStudent), (w.School.Id, w.Gleb) };
        string[] Routes(Guid id) =>
        [
            $"/Diary?studentId={id}", $"/Diary/Marks?studentId={id}", $"/Diary/Final?studentId={id}",
            $"/api/v1/students/{id}/diary", $"/api/v1/students/{id}/marks", $"/api/v1/students/{id}/final-marks",
        ];

        foreach (var user in new[] { w.Parent, w.AnnaAccount, w.Teacher })
        {
            using var page = await app.SignedInClientAsync(user);
            using var api = await app.ApiAsAsync(user);
            foreach (var (schoolId, studentId) in targets)
            {
                foreach (var route in Routes(studentId))
                {
                    using var response = await (route.StartsWith("/api", StringComparison.Ordinal) ? api : page).GetAsync(route);
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user.FullName} {route}: {response.StatusCode}");
                }

                Assert.True(await app.RefusalsAsync(schoolId, studentId, user.Login) >= 6, $"{user.FullName} {studentId}: not in the access log");
            }
        }

        using var own = await (await app.ApiAsAsync(w.Parent)).GetAsync($"/api/v1/students/{w.Anna}/diary");
        using var classTeacher = await (await app.ApiAsAsync(w.ClassTeacher)).GetAsync($"/api/v1/students/{w.Anna}/diary");
        using var director = await (await app.ApiAsAsync(w.Director)).GetAsync($"/api/v1/students/{w.Anna}/marks");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, classTeacher.StatusCode);
        Assert.Equal(HttpStatusCode.OK, director.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RestrictedGuardian_SeesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = (await app.CreateDiaryWorldAsync()).Journal;
        await app.RestrictAsync(w, w.Anna);
        using var parent = await app.ApiAsAsync(w.Parent);
        using var page = await app.SignedInClientAsync(w.Parent);

        using var diary = await parent.GetAsync($"/api/v1/students/{w.Anna}/diary");
        using var marks = await parent.GetAsync($"/api/v1/students/{w.Anna}/marks");
        var home = await page.GetStringAsync("/Diary");

        Assert.Equal(HttpStatusCode.NotFound, diary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, marks.StatusCode);
        Assert.DoesNotContain("Антонова Анна", home, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Range_LongerThan31Days_Is422_AndOutsideTheYear_IsEmpty(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = (await app.CreateDiaryWorldAsync()).Journal;
        using var parent = await app.ApiAsAsync(w.Parent);

        using var tooLong = await parent.GetAsync(Week(w.Anna, new(2026, 11, 1), new(2026, 12, 2)));
        var summer = await parent.GetFromJsonAsync<JsonElement>(Week(w.Anna, new(2026, 8, 3), new(2026, 8, 9)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("не больше 31 дня", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, summer.GetProperty("days").GetArrayLength());
        Assert.All(summer.GetProperty("days").EnumerateArray(), day =>
        {
            Assert.Empty(day.GetProperty("lessons").EnumerateArray());
            Assert.Equal("outsideYear", day.GetProperty("kind").GetString());
        });
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ETag_Unchanged_Is304_ANewMark_Is200WithANewETag(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = (await app.CreateDiaryWorldAsync()).Journal;
        using var parent = await app.ApiAsAsync(w.Parent);
        using var teacher = await app.ApiAsAsync(w.Teacher);
        foreach (var route in new[] { Week(w.Anna, DiaryWorld.WeekStart, DiaryWorld.WeekStart.AddDays(6)), $"/api/v1/students/{w.Anna}/marks" })
        {
            using var first = await parent.GetAsync(route);
            var etag = first.Headers.ETag!;
            using var again = await SendAsync(parent, route, etag);
            await teacher.SetMarkAsync(await teacher.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, DiaryWorld.WeekStart), "answer"), w.Anna, "2");
            using var changed = await SendAsync(parent, route, etag);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(etag.IsWeak); // compression sends other bytes of the same answer under it
            Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, first.Headers.CacheControl?.ToString());
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.NotEqual(etag, changed.Headers.ETag);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Parent_WithChildrenInTwoSchools_SwitchesBetweenThem(Db db)
    {
        var app = await apps.GetAsync(db);
        var d = await app.CreateDiaryWorldAsync();
        var w = d.Journal;
        await app.JoinAsParentAsync(d.OtherSchool, w.Parent);
        await app.AddGuardianAsync(d.OtherSchool, d.OtherSchoolStudent, "Антонова", "Мария", "мать", account: w.Parent);
        using var api = await app.ApiAsAsync(w.Parent);
        using var page = await app.SignedInClientAsync(w.Parent);

        using var other = await api.GetAsync($"/api/v1/students/{d.OtherSchoolStudent}/diary");
        using var otherMarks = await api.GetAsync($"/api/v1/students/{d.OtherSchoolStudent}/final-marks");
        using var choose = await page.SubmitFormAsync("/Account/SelectSchool",
            new Dictionary<string, string> { ["schoolId"] = w.School.Id.ToString(), ["ReturnUrl"] = "/" });
        var home = await page.GetStringAsync($"/Diary?studentId={d.OtherSchoolStudent}");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherMarks.StatusCode);
        Assert.Contains("Антонова Анна Сергеевна", home, StringComparison.Ordinal);
        Assert.Contains("Чужая", home, StringComparison.Ordinal);
        Assert.Contains($"/Diary?studentId={w.Anna}", home, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task HomeworkFile_IsDownloadedByTheFamily_OnlyForTheStudentsOwnLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = (await app.CreateDiaryWorldAsync()).Journal;
        var own = await AddFileAsync(app, w, await app.LessonAsync(w, w.Maths, DiaryWorld.WeekStart), "задачи.txt");
        var otherClass = await AddFileAsync(app, w, await app.LessonAsync(w, w.OtherMaths, DiaryWorld.Moved), "чужие.txt");
        using var parent = await app.ApiAsAsync(w.Parent);
        using var page = await app.SignedInClientAsync(w.Parent);

        var diary = await parent.GetFromJsonAsync<JsonElement>(Week(w.Anna, DiaryWorld.WeekStart, DiaryWorld.WeekStart.AddDays(6)));
        var url = Maths(Day(diary, DiaryWorld.WeekStart)).GetProperty("files")[0].GetProperty("url").GetString()!;
        var content = await parent.GetStringAsync(url);
        var fromPage = await page.GetStringAsync($"/Diary?handler=File&studentId={w.Anna}&fileId={own}");
        using var notHers = await parent.GetAsync($"/api/v1/students/{w.Anna}/homework-files/{otherClass}");
        using var notHisParent = await parent.GetAsync($"/api/v1/students/{w.Boris}/homework-files/{own}");

        Assert.Equal("№ 1–5", content);
        Assert.Equal("№ 1–5", fromPage);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notHisParent.StatusCode);
    }

    private static async Task<Guid> AddFileAsync(PartaAppFactory app, JournalWorld w, Guid lessonId, string name)
    {
        var stored = Parta.Journal.HomeworkFileStore.NewName(".txt");
        await app.Services.GetRequiredService<Parta.Journal.HomeworkFileStore>().SaveAsync(stored, System.Text.Encoding.UTF8.GetBytes("№ 1–5"));
        var file = new Parta.Journal.HomeworkFile
        {
            SchoolId = w.School.Id, LessonId = lessonId, FileName = name, ContentType = "text/plain", Size = 8, StoredName = stored,
            UploadedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        await app.WithDbAsync(w.School.Id, async d =>
        {
            d.HomeworkFiles.Add(file);
            await d.SaveChangesAsync();
        });
        return file.Id;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string route, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }
}
