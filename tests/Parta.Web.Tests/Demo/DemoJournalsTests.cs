using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Demo;
using Parta.Journal;
using Parta.Planning;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Demo;

/// <summary>The demo school's journals are filled from 1 September to yesterday, by the rules of a real journal.</summary>
public sealed class DemoJournalsTests(TestApps apps)
{
    private static readonly string[] WorkTypeCodes = ["answer", "test", "control", "lab", "dictation", "essay", "homework"];
    private static readonly string[] PassFail = [MarkScales.Pass, MarkScales.Fail];

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Seed_DemoSchool_HasPlansAndLivingJournalsUpToYesterday(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        var watch = Stopwatch.StartNew();
        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync());
        }

        TestContext.Current.SendDiagnosticMessage($"demo seed with the journals on {app.Db}: {watch.Elapsed}");
        var today = new DateOnly(2026, 11, 30); // the test clock's date in Moscow
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var schoolId = await app.WithDbAsync(null, d => d.Schools.Where(s => s.IsDemo).Select(s => s.Id).SingleAsync());

        await app.WithDbAsync(schoolId, async d =>
        {
            var grades = await d.SchoolClasses.ToDictionaryAsync(c => c.Id, c => c.Grade);
            var groupClass = await d.StudyGroups.ToDictionaryAsync(g => g.Id, g => g.SchoolClassId!.Value);
            var assignments = await d.TeachingAssignments
                .Select(a => new { a.Id, a.SubjectId, a.SchoolClassId, a.StudyGroupId }).ToListAsync();
            var gradeOf = assignments.ToDictionary(a => a.Id, a => grades[a.SchoolClassId ?? groupClass[a.StudyGroupId!.Value]]);
            var lessons = await d.Lessons
                .Select(l => new { l.Id, l.Date, l.Number, l.Start, l.TeachingAssignmentId, l.SchoolClassId, l.StudyGroupId, l.Change, l.Topic, l.Homework })
                .ToListAsync();
            var lessonById = lessons.ToDictionary(l => l.Id);
            var workTypes = await d.WorkTypes.ToDictionaryAsync(w => w.Id, w => w.Code);
            var assessments = await d.Assessments.Select(a => new { a.Id, a.LessonId, a.WorkTypeId }).ToListAsync();
            var assessmentById = assessments.ToDictionary(a => a.Id);
            var marks = await d.Marks.Select(m => new { m.Id, m.AssessmentId, m.StudentId, m.Value, m.Points, m.ChangedAt, m.Late }).ToListAsync();
            var attendance = await d.Attendance.Select(a => new { a.Id, a.LessonId, a.StudentId, a.Code, a.Comment }).ToListAsync();
            var absenceCodes = await d.AttendanceCodes.Where(c => c.IsAbsence).Select(c => c.Code).ToListAsync();
            var enrolments = await d.ClassEnrolments.Select(e => new { e.StudentId, e.SchoolClassId, e.From, e.Until }).ToListAsync();
            var members = await d.StudyGroupMembers.Select(m => new { m.StudyGroupId, m.StudentId, m.Until }).ToListAsync();
            var orkse = await d.Subjects.Where(s => s.Name == "Основы религиозных культур и светской этики").SingleAsync();

            bool OnList(Guid studentId, Guid lessonId)
            {
                var lesson = lessonById[lessonId];
                var classId = lesson.SchoolClassId ?? groupClass[lesson.StudyGroupId!.Value];
                var inClass = enrolments.Any(e => e.StudentId == studentId && e.SchoolClassId == classId
                    && e.From <= lesson.Date && (e.Until is null || lesson.Date < e.Until));
                return inClass && (lesson.StudyGroupId is not { } groupId
                    || members.Any(m => m.StudyGroupId == groupId && m.StudentId == studentId && (m.Until is null || lesson.Date < m.Until)));
            }

            // Marks only on lessons before today, in every assignment of grades 2–11, none in grade 1.
            var markedLessons = marks.Select(m => assessmentById[m.AssessmentId].LessonId).ToHashSet();
            Assert.InRange(marks.Count, 20_000, 200_000);
            Assert.All(markedLessons, id => Assert.True(lessonById[id].Date < today));
            var markedAssignments = markedLessons.Select(id => lessonById[id].TeachingAssignmentId).ToHashSet();
            Assert.Empty(assignments.Where(a => gradeOf[a.Id] >= 2 && !markedAssignments.Contains(a.Id)).Select(a => a.Id));
            Assert.DoesNotContain(markedAssignments, id => gradeOf[id] == 1);
            Assert.DoesNotContain(assessments, a => lessonById[a.LessonId].Date >= today);
            Assert.DoesNotContain(attendance, a => lessonById[a.LessonId].Date >= today);
            Assert.DoesNotContain(assessments, a => lessonById[a.LessonId].Change == LessonChangeKind.Cancelled);

            // Cells have their stable ids; five-point marks carry points; ОРКСЭ is pass/fail.
            Assert.All(marks, m => Assert.Equal(CellId.For(m.AssessmentId, m.StudentId), m.Id));
            Assert.All(attendance, a => Assert.Equal(CellId.For(a.LessonId, a.StudentId), a.Id));
            var orkseLessons = lessons.Where(l => assignments.Any(a => a.Id == l.TeachingAssignmentId && a.SubjectId == orkse.Id)).Select(l => l.Id).ToHashSet();
            Assert.Equal(MarkScale.PassFail, orkse.Scale);
            foreach (var mark in marks)
            {
                if (orkseLessons.Contains(assessmentById[mark.AssessmentId].LessonId))
                {
                    Assert.Contains(mark.Value, PassFail);
                    Assert.Null(mark.Points);
                }
                else
                {
                    Assert.Equal(MarkScales.Read(MarkScale.FivePoint, mark.Value)!.Value.Points, mark.Points);
                }
            }

            Assert.Contains(marks, m => m.Value == MarkScales.Pass);

            // Every cell's student is on the class (and group) list on the lesson's date; no mark beside an absence.
            Assert.All(marks, m => Assert.True(OnList(m.StudentId, assessmentById[m.AssessmentId].LessonId), $"mark {m.Id}"));
            Assert.All(attendance, a => Assert.True(OnList(a.StudentId, a.LessonId), $"attendance {a.Id}"));
            var absent = attendance.Where(a => a.Code is not null && absenceCodes.Contains(a.Code)).Select(a => (a.LessonId, a.StudentId)).ToHashSet();
            Assert.DoesNotContain(marks, m => absent.Contains((assessmentById[m.AssessmentId].LessonId, m.StudentId)));

            // About 7 % of student-lessons missed, in a mix of codes, sickness in runs of days; a few comments.
            var past = lessons.Where(l => l.Date < today && l.Change != LessonChangeKind.Cancelled).ToList();
            var studentLessons = 0L;
            foreach (var lesson in past)
            {
                var classId = lesson.SchoolClassId ?? groupClass[lesson.StudyGroupId!.Value];
                var inClass = enrolments.Where(e => e.SchoolClassId == classId && e.From <= lesson.Date && (e.Until is null || lesson.Date < e.Until))
                    .Select(e => e.StudentId);
                studentLessons += lesson.StudyGroupId is { } groupId
                    ? inClass.Count(s => members.Any(m => m.StudyGroupId == groupId && m.StudentId == s && (m.Until is null || lesson.Date < m.Until)))
                    : inClass.Count();
            }

            var share = (double)absent.Count / studentLessons;
            TestContext.Current.SendDiagnosticMessage($"absences {absent.Count} of {studentLessons} student-lessons ({share:P1}), marks {marks.Count}");
            Assert.InRange(share, 0.04, 0.10);
            var byCode = attendance.Where(a => a.Code is not null).GroupBy(a => a.Code!).ToDictionary(g => g.Key, g => g.Count());
            Assert.True(byCode["Б"] > byCode["УП"] && byCode["Б"] > byCode["Н"], string.Join(", ", byCode));
            Assert.True(byCode["УП"] > 0 && byCode["Н"] > 0 && byCode["ОП"] > 0);
            Assert.InRange(attendance.Count(a => a.Comment is not null), 50, 5_000);
            var illDays = attendance.Where(a => a.Code == "Б").Select(a => (a.StudentId, lessonById[a.LessonId].Date)).ToHashSet();
            Assert.Contains(illDays, s => illDays.Contains((s.StudentId, s.Date.AddDays(1))) && illDays.Contains((s.StudentId, s.Date.AddDays(2))));

            // Marks skewed to 4 and 5; control works a bit lower than answers; a few entered late, none in the future.
            var points = marks.Where(m => m.Points is not null).ToList();
            Assert.True(points.Count(m => m.Points >= 4) > 0.6 * points.Count);
            Assert.True(points.Count(m => m.Points == 2) < 0.1 * points.Count);
            double Mean(string code) => points.Where(m => workTypes[assessmentById[m.AssessmentId].WorkTypeId] == code).Average(m => m.Points!.Value);
            Assert.True(Mean("control") < Mean("answer"), $"control {Mean("control")}, answer {Mean("answer")}");
            foreach (var code in WorkTypeCodes)
            {
                Assert.Contains(assessments, a => workTypes[a.WorkTypeId] == code);
            }

            Assert.All(marks, m => Assert.True(m.ChangedAt <= now));
            var late = marks.Where(m => m.Late).ToList();
            Assert.InRange(late.Count, 0.005 * marks.Count, 0.04 * marks.Count);
            Assert.All(late, m => Assert.True(
                DateOnly.FromDateTime(m.ChangedAt) > lessonById[assessmentById[m.AssessmentId].LessonId].Date.AddDays(3)));
            Assert.All(marks.Where(m => !m.Late), m => Assert.True(
                DateOnly.FromDateTime(m.ChangedAt) <= lessonById[assessmentById[m.AssessmentId].LessonId].Date.AddDays(3)));

            // Topics from the plan on past lessons, not on future ones; homework on most lessons of grades 2–11, none in grade 1.
            Assert.All(past, l => Assert.False(string.IsNullOrEmpty(l.Topic), $"lesson {l.Date} without a topic"));
            Assert.DoesNotContain(lessons, l => l.Date >= today && (l.Topic is not null || l.Homework is not null));
            var seniorPast = past.Where(l => gradeOf[l.TeachingAssignmentId] >= 2).ToList();
            Assert.InRange(seniorPast.Count(l => l.Homework is not null), 0.8 * seniorPast.Count, seniorPast.Count);
            Assert.DoesNotContain(past, l => gradeOf[l.TeachingAssignmentId] == 1 && l.Homework is not null);
            Assert.DoesNotContain(lessons, l => l.Topic is { } t && (t.StartsWith("Тема ", StringComparison.Ordinal) || t.Contains("занятие", StringComparison.Ordinal)));

            // A КТП for every assignment, its hours those of the year's lessons, laid as the journal lays it; two templates.
            var plans = await d.LessonPlans.Select(p => new { p.Id, p.TeachingAssignmentId, p.Grade, p.Name }).ToListAsync();
            var hours = await d.PlanTopics.GroupBy(t => t.LessonPlanId).Select(g => new { g.Key, Hours = g.Sum(t => t.Hours) }).ToDictionaryAsync(x => x.Key, x => x.Hours);
            foreach (var assignment in assignments)
            {
                var plan = Assert.Single(plans, p => p.TeachingAssignmentId == assignment.Id);
                Assert.Equal(lessons.Count(l => l.TeachingAssignmentId == assignment.Id && l.Change != LessonChangeKind.Cancelled), hours[plan.Id]);
            }

            Assert.Equal(2, plans.Count(p => p.Grade == 5 && p.TeachingAssignmentId is null && p.Name is not null));
            var maths = await d.Subjects.Where(s => s.Name == "Математика").Select(s => s.Id).SingleAsync();
            var maths5A = assignments.First(a => a.SchoolClassId is { } c && grades[c] == 5 && a.SubjectId == maths);
            var laid = await PlanLaying.LayAsync(d, maths5A.Id);
            foreach (var lesson in laid.Where(l => l.Date < today))
            {
                Assert.Equal(lesson.Title, lessonById[lesson.LessonId].Topic);
            }

            Assert.Contains(await d.PlanTopics.Select(t => t.Homework).ToListAsync(), h => h != null && h.StartsWith("§ ", StringComparison.Ordinal));

            // Generated, not typed by anyone: no history rows for the journal's cells and the plans.
            Assert.Equal(0, await d.AuditEntries.CountAsync(e =>
                e.EntityType == nameof(Mark) || e.EntityType == nameof(Attendance) || e.EntityType == nameof(Assessment)
                || e.EntityType == nameof(LessonPlan) || e.EntityType == nameof(PlanTopic)
                || (e.EntityType == nameof(Lesson) && (e.Field == nameof(Lesson.Topic) || e.Field == nameof(Lesson.Homework)))
                || e.EntityType == nameof(Parta.Grading.FinalMark)));

            // The first quarter closed with its period marks: every student of grades 2–9 on a journal's list at its end has
            // one in the subject, mostly as suggested from the journal, a few set otherwise; grade 1 has none.
            var quarter = await d.Periods.Where(p => p.Name == "1 четверть").SingleAsync();
            Assert.True(quarter.Closed);
            var finals = await d.FinalMarks.Where(m => m.PeriodId == quarter.Id).Select(m => new { m.StudentId, m.SubjectId, m.Value }).ToListAsync();
            var gaps = await Parta.Grading.PeriodGaps.ForAsync(d, quarter, today);
            Assert.All(gaps, g => Assert.Equal(0, g.WithoutMark));
            Assert.True(gaps.Count(g => g.Grade >= 2) >= 16);
            Assert.DoesNotContain(finals, f => enrolments.Any(e => e.StudentId == f.StudentId && grades[e.SchoolClassId] == 1));
            var sheetRows = new List<(string? Suggested, string? Value)>();
            foreach (var a in assignments.Where(a => gradeOf[a.Id] is >= 2 and <= 9).Take(40))
            {
                var jp = new Parta.Journal.JournalPeriod(quarter.Id, quarter.Name, quarter.Start, quarter.End, true);
                var ja = new Parta.Journal.JournalAssignment(a.Id, schoolId, quarter.SchoolId == schoolId ? (await d.TeachingAssignments.Where(x => x.Id == a.Id).Select(x => x.AcademicYearId).SingleAsync()) : Guid.Empty,
                    Guid.Empty, a.SubjectId, "", a.SchoolClassId, a.StudyGroupId, "", await d.Subjects.Where(x => x.Id == a.SubjectId).Select(x => x.Scale).SingleAsync(), gradeOf[a.Id]);
                var roster = await Parta.Journal.JournalRoster.ForAsync(d, ja, quarter.Start, quarter.End);
                var records = await Parta.Grading.GetFinalMarkSheet.PeriodRecordsAsync(d, ja, jp, roster, today);
                var rules = await Parta.Grading.GradingSettings.LoadAsync(d, schoolId);
                sheetRows.AddRange(roster.Select(r => (Parta.Grading.PeriodMarkRule.Suggest(records[r.StudentId], rules, ja.Scale).Value,
                    finals.FirstOrDefault(f => f.StudentId == r.StudentId && f.SubjectId == a.SubjectId)?.Value)));
            }

            Assert.All(sheetRows, r => Assert.NotNull(r.Value));
            var differing = sheetRows.Count(r => r.Value != r.Suggested);
            Assert.InRange(differing, 1, sheetRows.Count / 10);
        });
    }
}
