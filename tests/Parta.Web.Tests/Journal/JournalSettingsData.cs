using Microsoft.EntityFrameworkCore;
using Parta.Journal;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Scheduling;

namespace Parta.Web.Tests.Journal;

/// <summary>A school with one mathematics lesson of 5А (Monday 23.11.2026) and a student in the class.</summary>
public sealed record SettingsSchool(TimetableSchool Timetable, Guid LessonId, Guid StudentId)
{
    public TestSchool School => Timetable.School;
}

/// <summary>Builders of the journal settings' tests: a lesson with a student, and what the journal would have written in it.</summary>
public static class JournalSettingsData
{
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public static async Task<SettingsSchool> CreateSettingsSchoolAsync(this PartaAppFactory app)
    {
        var s = await app.CreateTimetableSchoolAsync();
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every));
        await app.RefreshAsync(s.School.Id, Monday, Monday);
        var lesson = (await app.LessonsAsync(s.School.Id, Monday, Monday)).Single();
        var studentId = await app.AddStudentAsync(s.School, s.ClassId, "Смирнова", "Алёна");
        return new SettingsSchool(s, lesson.Id, studentId);
    }

    /// <summary>A mark of the work type (by code) in the lesson, as the journal would keep it.</summary>
    public static Task AddMarkAsync(this PartaAppFactory app, SettingsSchool s, string workTypeCode, string value = "5") =>
        app.WithDbAsync(s.School.Id, async db =>
        {
            var settings = await JournalSettings.LoadAsync(db, s.School.Id);
            var number = await db.Assessments.CountAsync(a => a.LessonId == s.LessonId) + 1;
            var assessment = new Assessment { SchoolId = s.School.Id, LessonId = s.LessonId, WorkTypeId = settings.WorkTypeByCode(workTypeCode)!.Id, Number = number };
            db.Assessments.Add(assessment);
            db.Marks.Add(new Mark
            {
                Id = CellId.For(assessment.Id, s.StudentId), SchoolId = s.School.Id, AssessmentId = assessment.Id, StudentId = s.StudentId,
                Value = value, Points = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), ChangedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>The student's attendance cell of the lesson with the code.</summary>
    public static Task AddAttendanceAsync(this PartaAppFactory app, SettingsSchool s, string code) =>
        app.WithDbAsync(s.School.Id, async db =>
        {
            db.Attendance.Add(new Attendance
            {
                Id = CellId.For(s.LessonId, s.StudentId), SchoolId = s.School.Id, LessonId = s.LessonId, StudentId = s.StudentId,
                Code = code, ChangedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    public static Task<JournalSettings> SettingsAsync(this PartaAppFactory app, TestSchool school) =>
        app.WithDbAsync(school.Id, db => JournalSettings.LoadAsync(db, school.Id));
}
