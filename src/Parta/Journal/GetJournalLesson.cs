using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Journal;

public sealed record JournalLessonFile(Guid Id, string FileName, long Size);

/// <summary>A student on the list on the lesson's date, with their attendance code and the teacher's comment.</summary>
public sealed record JournalLessonStudent(Guid StudentId, string FullName, string? Code, string? Comment);

/// <summary>
/// A lesson as its panel shows it: date, topic (the teacher's, else the plan's), homework text and files, assessments,
/// the students on the list that day with their attendance and comments, and what the user may do: write (own assignment
/// or a substitution), whether the lesson has taken place (<see cref="Held"/>: attendance and comments only then) and
/// whether a closed period asks for a reason.
/// </summary>
public sealed record JournalLessonView(
    JournalAssignment Assignment, Guid LessonId, DateOnly Date, int Number, LessonChangeKind? Change, string? Substitute,
    string? Topic, string? PlannedTopic, string? Homework, string? PlannedHomework,
    IReadOnlyList<JournalAssessment> Assessments, IReadOnlyList<JournalLessonFile> Files, IReadOnlyList<WorkTypeInfo> WorkTypes,
    bool Editable, JournalPeriod? Period, IReadOnlyList<JournalLessonStudent> Students, bool Held);

/// <summary>Reads one lesson of a journal for its panel; anyone who reads the journal reads it.</summary>
public sealed class GetJournalLesson(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    public sealed record Request(Guid LessonId);

    public async Task<Result<JournalLessonView>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LessonId && l.Change != LessonChangeKind.Cancelled, ct);
        var assignment = lesson is null ? null : await access.FindAsync(lesson.TeachingAssignmentId, ct);
        if (lesson is null || assignment is null)
        {
            return new JournalWrite.LessonNotFound();
        }

        if (await access.RightAsync(assignment, ct) == JournalRight.None)
        {
            return new JournalAccess.NoJournalAccess();
        }

        var settings = await JournalSettings.LoadAsync(db, assignment.SchoolId, ct);
        var period = (await AssignmentPeriods.ForAsync(db, assignment, ct)).FirstOrDefault(p => p.Contains(lesson.Date));
        var editable = await access.MayWriteAsync(assignment, lesson.TeacherId, period is { Closed: true }, ct);
        var plan = (await PlanLaying.LayAsync(db, assignment.Id, ct)).FirstOrDefault(p => p.LessonId == lesson.Id);
        var workTypes = settings.WorkTypes.ToDictionary(w => w.Id);
        var assessments = (await db.Assessments.AsNoTracking().Where(a => a.LessonId == lesson.Id).OrderBy(a => a.Number).ToListAsync(ct))
            .Select(a =>
            {
                var w = workTypes.GetValueOrDefault(a.WorkTypeId);
                return new JournalAssessment(a.Id, a.Number, a.WorkTypeId, w?.Code ?? "", w?.Name ?? "", w?.Weight ?? 0, a.Title);
            }).ToList();
        var files = await db.HomeworkFiles.AsNoTracking().Where(f => f.LessonId == lesson.Id).OrderBy(f => f.UploadedAt)
            .Select(f => new JournalLessonFile(f.Id, f.FileName, f.Size)).ToListAsync(ct);
        string? substitute = null;
        if (lesson.TeacherId != assignment.TeacherId)
        {
            substitute = (await db.StaffMembers.AsNoTracking().Where(s => s.Id == lesson.TeacherId)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct))
                .Select(s => PersonName.Full(s.LastName, s.FirstName, s.MiddleName)).FirstOrDefault();
        }

        var cells = await db.Attendance.AsNoTracking().Where(a => a.LessonId == lesson.Id)
            .ToDictionaryAsync(a => a.StudentId, a => (a.Code, a.Comment), ct);
        var students = (await JournalRoster.ForAsync(db, assignment, lesson.Date, lesson.Date, ct))
            .Where(r => r.On(lesson.Date))
            .Select(r => new JournalLessonStudent(
                r.StudentId, r.FullName, cells.GetValueOrDefault(r.StudentId).Code, cells.GetValueOrDefault(r.StudentId).Comment))
            .ToList();
        var today = await Organisation.SchoolClock.TodayAsync(db, time, ct);

        return new JournalLessonView(
            assignment, lesson.Id, lesson.Date, lesson.Number, lesson.Change, substitute, lesson.Topic, plan?.Title, lesson.Homework, plan?.Homework,
            assessments, files, settings.WorkTypes.Where(w => !w.Archived).ToList(), editable, period, students, lesson.Date <= today);
    }
}
