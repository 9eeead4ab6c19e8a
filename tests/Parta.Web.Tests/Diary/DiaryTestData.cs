using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;
using Parta.Web.Tests.Scheduling;

namespace Parta.Web.Tests.Diary;

/// <summary>
/// The journal's world with what the diary's tests add: Tuesday 24.11's mathematics moved to lesson 3, and a second school
/// with a student of its own (Чужая) — another school's child.
/// </summary>
internal sealed record DiaryWorld(JournalWorld Journal, TestSchool OtherSchool, Guid OtherSchoolStudent)
{
    public static readonly DateOnly WeekStart = new(2026, 11, 23);
    public static readonly DateOnly Moved = new(2026, 11, 24);
}

internal static class DiaryTestData
{
    public static async Task<DiaryWorld> CreateDiaryWorldAsync(this PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        await app.AddChangeAsync(w.School, new LessonChange
        {
            SchoolId = w.School.Id, Date = DiaryWorld.Moved, Kind = LessonChangeKind.Moved, TeachingAssignmentId = w.Maths, Number = 1, NewNumber = 3,
            Reason = "олимпиада",
        });
        await app.RefreshLessonsAsync(w.School, DiaryWorld.Moved, DiaryWorld.Moved);
        var other = await app.CreateSchoolAsync();
        var (_, stranger) = await app.CreateStudentAsync(other, "Чужая");
        return new DiaryWorld(w, other, stranger);
    }

    /// <summary>The access-log rows of refused diary attempts on a student, in the student's school.</summary>
    public static Task<int> RefusalsAsync(this PartaAppFactory app, Guid schoolId, Guid studentId, string login) =>
        app.WithDbAsync(schoolId, db => db.PersonalDataViews.CountAsync(v => v.SubjectId == studentId && v.Page == Parta.Diary.DiaryAccess.RefusedPage && v.UserLogin == login));

    public static Task RestrictAsync(this PartaAppFactory app, JournalWorld w, Guid studentId) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            foreach (var link in await db.Guardianships.Where(g => g.StudentId == studentId).ToListAsync())
            {
                link.Restricted = true;
            }

            await db.SaveChangesAsync();
        });

    /// <summary>A parent account of the journal's school who is also a member of <paramref name="school"/>.</summary>
    public static Task JoinAsParentAsync(this PartaAppFactory app, TestSchool school, TestUser parent) =>
        app.AddMembershipAsync(school, parent, SchoolRole.Parent);
}
