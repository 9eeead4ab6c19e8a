using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Scheduling;

namespace Parta.Web.Tests.Planning;

/// <summary>
/// 5А and 5Б with mathematics taught by Иванова (who has an account: <see cref="Teacher"/>), Russian in 5А by Петрова
/// (<see cref="OtherTeacher"/>), and a director; 5А's mathematics on Mondays (1st lesson) and Wednesdays (2nd), with the
/// autumn holidays 26.10–03.11.
/// </summary>
public sealed record PlanningSchool(TimetableSchool S, TestUser Teacher, TestUser OtherTeacher, TestUser Director, Guid ClassB, Guid MathsB)
{
    public Guid Maths => S.Maths;
}

public static class PlanningTestData
{
    public static async Task<PlanningSchool> CreatePlanningSchoolAsync(this PartaAppFactory app)
    {
        var s = await app.CreateTimetableSchoolAsync();
        var teacher = await app.CreateUserAsync(s.School, SchoolRole.Teacher, lastName: "Иванова");
        var other = await app.CreateUserAsync(s.School, SchoolRole.Teacher, lastName: "Петрова");
        var director = await app.CreateUserAsync(s.School, SchoolRole.Director);
        var classB = await app.CreateClassAsync(s.School, 5, "Б");
        var mathsSubject = await app.WithDbAsync(s.School.Id, async db =>
        {
            (await db.StaffMembers.SingleAsync(m => m.Id == s.MathsTeacher)).UserId = teacher.Id;
            (await db.StaffMembers.SingleAsync(m => m.Id == s.RussianTeacher)).UserId = other.Id;
            db.CalendarEntries.Add(new CalendarEntry
            {
                SchoolId = s.School.Id, AcademicYearId = s.YearId, Kind = CalendarEntryKind.Holidays, Name = "Осенние каникулы",
                Start = new(2026, 10, 26), End = new(2026, 11, 3),
            });
            await db.SaveChangesAsync();
            return await db.TeachingAssignments.Where(a => a.Id == s.Maths).Select(a => a.SubjectId).SingleAsync();
        });
        var mathsB = await app.CreateAssignmentAsync(s.School, s.MathsTeacher, mathsSubject, classB, null, 4);
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every), (3, 2, s.Maths, WeekParity.Every));
        return new PlanningSchool(s, teacher, other, director, classB, mathsB);
    }

    /// <summary>Mathematics of 5А from 19.10 to 13.11: 19.10, 21.10, 04.11, 09.11, 11.11 (the holidays have none).</summary>
    public static Task RefreshAutumnAsync(this PartaAppFactory app, PlanningSchool p) =>
        app.RefreshAsync(p.S.School.Id, new(2026, 10, 19), new(2026, 11, 13));

    public static Task CancelLessonAsync(this PartaAppFactory app, PlanningSchool p, DateOnly date) =>
        app.WithDbAsync(p.S.School.Id, async db =>
        {
            (await db.Lessons.SingleAsync(l => l.TeachingAssignmentId == p.Maths && l.Date == date)).Change = LessonChangeKind.Cancelled;
            await db.SaveChangesAsync();
        });

    public static Task WriteTopicAsync(this PartaAppFactory app, PlanningSchool p, DateOnly date, string topic) =>
        app.WithDbAsync(p.S.School.Id, async db =>
        {
            (await db.Lessons.SingleAsync(l => l.TeachingAssignmentId == p.Maths && l.Date == date)).Topic = topic;
            await db.SaveChangesAsync();
        });

    /// <summary>Adds a topic through the editor's form, as the teacher does.</summary>
    public static Task<HttpResponseMessage> AddTopicAsync(
        this HttpClient client, string planQuery, string title, int hours = 1, string section = "", string homework = "", string type = "Combined") =>
        client.SubmitFormAsync($"/Planning/Plan?{planQuery}", new Dictionary<string, string>
        {
            [planQuery.Split('=')[0] switch { "assignmentId" => "AssignmentId", _ => "TemplateId" }] = planQuery.Split('=')[1],
            ["Fields.Section"] = section, ["Fields.Title"] = title, ["Fields.Hours"] = hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Fields.LessonType"] = type, ["Fields.Homework"] = homework,
        }, formSelector: "#topic-form");

    /// <summary>The plan table's rows as the page shows them: №, раздел, тема, часы, тип, ДЗ[, плановая дата].</summary>
    public static async Task<List<string[]>> TopicRowsAsync(this HttpClient client, string planQuery)
    {
        var page = await client.GetDocumentAsync($"/Planning/Plan?{planQuery}");
        return page.QuerySelectorAll("#plan-topics tbody tr")
            .Select(r => r.QuerySelectorAll("td, th").Take(7).Select(c => c.TextContent.Trim()).ToArray()).ToList();
    }

    public static string Text(this IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
