using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Demo;
using Parta.Journal;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Demo;

/// <summary>
/// The benchmark datasets (<c>seed school|district</c>): schools made by the demo's generators at other sizes, written
/// in bulk (COPY / prepared inserts) and read back through EF and the API as if entered through the app.
/// </summary>
public sealed class DatasetPresetTests(TestApps apps)
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void District_FiftySchoolsOfLogNormalSizes_SameForTheSameSeed()
    {
        var district = DatasetPreset.Dataset.District(1);

        Assert.Equal(50, district.Students.Count);
        Assert.InRange(district.Students.Sum(), 19_500, 22_500);
        var median = district.Students.Order().ElementAt(25);
        Assert.InRange(median, 250, 450);
        Assert.Contains(district.Students, s => s is >= 50 and <= 150);
        Assert.Contains(district.Students, s => s >= 1_200);
        Assert.All(district.Students, s => Assert.InRange(s, 50, 1_400));
        Assert.Equal(district.Students, DatasetPreset.Dataset.District(1).Students);
        Assert.NotEqual(district.Students, DatasetPreset.Dataset.District(2).Students);
        Assert.Equal([600], DatasetPreset.Dataset.School(1).Students);
    }

    [Theory]
    [InlineData(600, 26)]
    [InlineData(60, 11)]
    [InlineData(1_200, 51)]
    public void Shape_ClassesOfAboutTwentyThree_AtLeastOneAGrade(int students, int classes)
    {
        var shape = SchoolShape.ForStudents(students, 1, "г. Заречный");

        Assert.Equal(classes, shape.Classes);
        Assert.All(shape.ClassesPerGrade, c => Assert.InRange(c, 1, SchoolShape.Letters.Length));
        var average = (shape.MinClassSize + shape.MaxClassSize) / 2.0 * shape.Classes;
        Assert.InRange(average, students * 0.85, students * 1.15);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Seed_SmallDistrict_ReadsBackAsEnteredAndHasTheJournalsShape(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        var dataset = new DatasetPreset.Dataset("test", 7, [70, 240]);
        DatasetPreset.Outcome outcome;
        var lines = new List<string>();
        using (var scope = app.Services.CreateScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<DatasetPreset>().SeedAsync(dataset, Today, lines.Add);
        }

        Assert.Equal(2, outcome.Schools);
        Assert.Equal(2, lines.Count);
        Assert.Contains("строк/с", lines[1], StringComparison.Ordinal);
        var schools = await app.WithDbAsync(null, d => d.Schools.IgnoreQueryFilters().OrderBy(s => s.ShortName)
            .Select(s => new { s.Id, s.ShortName, s.MunicipalityId, s.LateEntryDays }).ToListAsync());
        Assert.Equal(["ООШ № 1", "СОШ № 2"], schools.Select(s => s.ShortName));
        Assert.Single(schools.Select(s => s.MunicipalityId).Distinct());

        foreach (var (school, size) in schools.Zip(dataset.Students))
        {
            await app.WithDbAsync(school.Id, async d =>
            {
                // Every kind of column came back as EF writes it: GUIDs, enums by name, dates, times, decimals, nulls.
                var students = await d.Students.Select(s => new { s.Id, s.SchoolClassId, s.Gender, s.BirthDate, s.UserId }).ToListAsync();
                Assert.InRange(students.Count, size * 0.8, size * 1.2);
                Assert.All(students, s => Assert.NotNull(s.SchoolClassId));
                Assert.Contains(students, s => s.Gender == Parta.People.Gender.Female);
                Assert.Equal(JournalRules.DefaultWorkTypes.Select(w => (w.Code, w.Weight)).Order(),
                    (await d.WorkTypes.Select(w => new { w.Code, w.Weight }).ToListAsync()).Select(w => (w.Code, w.Weight)).Order());
                var grades = await d.SchoolClasses.ToDictionaryAsync(c => c.Id, c => c.Grade);
                Assert.Equal(11, grades.Values.Distinct().Count());
                var groupClass = await d.StudyGroups.ToDictionaryAsync(g => g.Id, g => g.SchoolClassId!.Value);
                var lessons = await d.Lessons.Where(l => l.Change != LessonChangeKind.Cancelled)
                    .Select(l => new { l.Id, l.Date, l.Start, l.End, l.TeachingAssignmentId, l.SubjectId, l.SchoolClassId, l.StudyGroupId, l.Topic, l.Homework })
                    .ToListAsync();
                Assert.All(lessons, l => Assert.True(l.Start < l.End));
                var gradeOf = lessons.ToDictionary(l => l.Id, l => grades[l.SchoolClassId ?? groupClass[l.StudyGroupId!.Value]]);
                var lessonById = lessons.ToDictionary(l => l.Id);
                var assessments = await d.Assessments.ToDictionaryAsync(a => a.Id, a => new { a.LessonId, a.WorkTypeId });
                var workTypes = await d.WorkTypes.ToDictionaryAsync(w => w.Id, w => w.Code);
                var marks = await d.Marks.Select(m => new { m.Id, m.AssessmentId, m.StudentId, m.Value, m.Points }).ToListAsync();
                var absences = await d.Attendance.CountAsync(a => a.Code != null);
                Assert.All(marks, m => Assert.Equal(CellId.For(m.AssessmentId, m.StudentId), m.Id));

                // The journal's shape: marks before today only and none in grade 1, skewed to 4–5, ~10 % tests and control works.
                var markLessons = marks.Select(m => lessonById[assessments[m.AssessmentId].LessonId]).ToList();
                Assert.All(markLessons, l => Assert.True(l.Date < Today));
                Assert.DoesNotContain(markLessons, l => gradeOf[l.Id] == 1);
                var points = marks.Where(m => m.Points is not null).ToList();
                Assert.True(points.Count(m => m.Points >= 4) > 0.6 * points.Count);
                var tests = marks.Count(m => workTypes[assessments[m.AssessmentId].WorkTypeId] is "test" or "control");
                Assert.InRange((double)tests / marks.Count, 0.06, 0.18);
                var past = lessons.Where(l => l.Date < Today).ToList();
                Assert.All(past, l => Assert.False(string.IsNullOrEmpty(l.Topic)));
                Assert.InRange(past.Count(l => l.Homework is not null), 0.6 * past.Count, past.Count);

                // At least three marks in every subject of the first quarter for each student who was there all quarter; about
                // a quarter of a student's lessons marked; about 7 % of student-lessons missed.
                var q1 = new { Start = new DateOnly(2026, 9, 1), End = new DateOnly(2026, 10, 23) };
                var enrolments = await d.ClassEnrolments.Select(e => new { e.StudentId, e.From, e.Until }).ToListAsync();
                var wholeQuarter = enrolments.Where(e => e.From <= q1.Start && (e.Until is null || e.Until > q1.End)).Select(e => e.StudentId).ToHashSet();
                var members = await d.StudyGroupMembers.Select(m => new { m.StudyGroupId, m.StudentId }).ToListAsync();
                var classOf = students.ToDictionary(s => s.Id, s => s.SchoolClassId!.Value);
                var perCell = marks.Where(m => lessonById[assessments[m.AssessmentId].LessonId].Date <= q1.End)
                    .GroupBy(m => (m.StudentId, lessonById[assessments[m.AssessmentId].LessonId].TeachingAssignmentId))
                    .ToDictionary(g => g.Key, g => g.Count());
                var q1Lessons = lessons.Where(l => l.Date >= q1.Start && l.Date <= q1.End && gradeOf[l.Id] is >= 2 and <= 9).ToList();
                var checkedCells = 0;
                foreach (var assignment in q1Lessons.GroupBy(l => l.TeachingAssignmentId))
                {
                    var first = assignment.First();
                    var list = first.StudyGroupId is { } group
                        ? members.Where(m => m.StudyGroupId == group).Select(m => m.StudentId)
                        : students.Where(s => classOf[s.Id] == first.SchoolClassId).Select(s => s.Id);
                    foreach (var student in list.Where(wholeQuarter.Contains))
                    {
                        Assert.True(perCell.GetValueOrDefault((student, assignment.Key)) >= 3, $"{student} in {assignment.Key}: fewer than 3 marks in the first quarter");
                        checkedCells++;
                    }
                }

                Assert.True(checkedCells > size, $"{checkedCells} student-subjects checked");
                var studentLessons = past.Where(l => gradeOf[l.Id] >= 2).Sum(l => l.StudyGroupId is { } g
                    ? members.Count(m => m.StudyGroupId == g)
                    : students.Count(s => classOf[s.Id] == l.SchoolClassId));
                Assert.InRange((double)marks.Count / studentLessons, 0.18, 0.4);
                Assert.InRange((double)absences / past.Sum(l => l.StudyGroupId is { } g
                    ? members.Count(m => m.StudyGroupId == g)
                    : students.Count(s => classOf[s.Id] == l.SchoolClassId)), 0.03, 0.12);
            });
        }

        // The accounts sign in with the demo password and see their own school and children; a teacher reads a journal
        // with the marks the database holds.
        var teacher = app.ApiClient(await app.TokenAsync("s2-t1", DemoPreset.Password));
        var me = await teacher.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(schools[1].Id, me.GetProperty("schools")[0].GetProperty("id").GetGuid());
        var parent = app.ApiClient(await app.TokenAsync("s1-p1", DemoPreset.Password));
        var children = (await parent.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("children");
        Assert.Equal(schools[0].Id, Assert.Single(children.EnumerateArray()).GetProperty("schoolId").GetGuid());

        var assignment = (await teacher.GetFromJsonAsync<JsonElement>("/api/v1/me/teaching-assignments"))
            .EnumerateArray().First(a => a.GetProperty("classId").ValueKind == JsonValueKind.String);
        var assignmentId = assignment.GetProperty("id").GetGuid();
        var (periodId, inDb) = await app.WithDbAsync(schools[1].Id, async d =>
        {
            var grade = await d.TeachingAssignments.Where(a => a.Id == assignmentId).Select(a => a.SchoolClass!.Grade).SingleAsync();
            var kind = grade <= 9 ? PeriodKind.Quarter : PeriodKind.Half;
            var period = await d.Periods.Where(p => p.Number == 1 && d.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.Kind == kind))
                .Select(p => new { p.Id, p.Start, p.End }).SingleAsync();
            var count = await d.Marks.CountAsync(m => d.Assessments.Any(a => a.Id == m.AssessmentId
                && d.Lessons.Any(l => l.Id == a.LessonId && l.TeachingAssignmentId == assignmentId && l.Date >= period.Start && l.Date <= period.End)));
            return (period.Id, count);
        });
        var journal = await teacher.GetAsync($"/api/v1/teaching-assignments/{assignmentId}/journal?periodId={periodId}");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        var body = await journal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(inDb > 0);
        Assert.Equal(inDb, body.GetProperty("marks").GetArrayLength());

        // Generated, not typed by anyone: no history rows.
        Assert.Equal(0, await app.WithDbAsync(null, d => d.AuditEntries.IgnoreQueryFilters().CountAsync()));
    }
}
