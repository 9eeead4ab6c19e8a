using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Reports;

/// <summary>A lesson of the archive: its date and number, the topic given (the teacher's, else the plan's laid on it), the homework, a substitute's name.</summary>
public sealed record ArchiveLesson(Guid Id, DateOnly Date, int Number, string? Topic, string? Homework, string? Substitute);

/// <summary>One journal of the class (a teaching assignment of the class or of one of its groups) for the whole year.</summary>
public sealed record ArchiveJournal(
    Guid Id, Guid SubjectId, string Subject, string ClassOrGroup, string Teacher, IReadOnlyList<ArchiveLesson> Lessons, IReadOnlyList<RosterRow> Students);

/// <summary>
/// Everything the archive prints for a class and its year: the heading, the periods, each journal with its lessons and
/// list, every cell (the marks of a lesson and its attendance code, as the journal shows them) and the final marks.
/// </summary>
public sealed record JournalArchive(
    ClassHeading Heading, IReadOnlyList<JournalPeriod> Periods, IReadOnlyList<ArchiveJournal> Journals,
    IReadOnlyDictionary<(Guid LessonId, Guid StudentId), string> Cells,
    IReadOnlyDictionary<(Guid StudentId, Guid SubjectId), IReadOnlyList<ArchiveFinalMark>> FinalMarks, DateOnly Made)
{
    public string Cell(Guid lessonId, Guid studentId) => Cells.GetValueOrDefault((lessonId, studentId)) ?? "";

    /// <summary>A student's final mark of a kind in a subject (a period mark of the period), «» when none.</summary>
    public string Final(Guid studentId, Guid subjectId, FinalMarkKind kind, Guid? periodId = null) =>
        FinalMarks.GetValueOrDefault((studentId, subjectId))?.FirstOrDefault(m => m.Kind == kind && (periodId is null || m.PeriodId == periodId))?.Value ?? "";
}

public sealed record ArchiveFinalMark(FinalMarkKind Kind, Guid? PeriodId, string Value);

/// <summary>
/// Архив журнала: the class's journals of a year as the paper class journal keeps them, read for the printed archive
/// (<see cref="JournalArchivePdf"/>). One query per kind of row for the whole class-year (journals, lessons, marks,
/// attendance, lists, plans, final marks), whatever the number of journals; at most <see cref="MaxLessons"/> lessons.
/// </summary>
public sealed class GetJournalArchive(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    /// <summary>A class-year has some thousand lessons; more is not a class's archive.</summary>
    public const int MaxLessons = 8000;

    public sealed record Request(Guid ClassId);

    public sealed record TooManyLessons(int Count)
        : Invalid($"В журналах класса {Count} уроков: больше, чем помещается в один архив ({MaxLessons}).");

    public async Task<Result<JournalArchive>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await access.ClassAsync(request.ClassId, ct);
        if (!found.Succeeded)
        {
            return found.Cast<JournalArchive>();
        }

        var schoolClass = found.Value;
        var heading = await ClassDocuments.HeadingAsync(db, schoolClass, ct);
        var periods = await ReportPeriods.ForClassAsync(db, schoolClass, ct);
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var (start, end) = (heading.YearStart, heading.YearEnd);

        var assignmentsQuery = ClassDocuments.Assignments(db, schoolClass.Id);
        var assignments = await assignmentsQuery.AsNoTracking()
            .Select(a => new
            {
                a.Id, a.SubjectId, Subject = a.Subject!.Name, a.Subject.SortOrder, a.StudyGroupId, GroupName = a.StudyGroup!.Name,
                a.StaffMemberId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
            }).ToListAsync(ct);

        var lessonsQuery = db.Lessons.AsNoTracking().Where(l => assignmentsQuery.Select(a => a.Id).Contains(l.TeachingAssignmentId)
            && l.Date >= start && l.Date <= end && l.Change != LessonChangeKind.Cancelled);
        var lessonCount = await lessonsQuery.CountAsync(ct);
        if (lessonCount > MaxLessons)
        {
            return new TooManyLessons(lessonCount);
        }

        var lessons = await lessonsQuery.OrderBy(l => l.Date).ThenBy(l => l.Number)
            .Select(l => new
            {
                l.Id, l.TeachingAssignmentId, l.Date, l.Number, l.Topic, l.Homework, l.TeacherId,
                Teacher = db.StaffMembers.Where(s => s.Id == l.TeacherId).Select(s => new { s.LastName, s.FirstName, s.MiddleName }).FirstOrDefault(),
            }).ToListAsync(ct);
        var marks = await (from l in lessonsQuery
                           join a in db.Assessments on l.Id equals a.LessonId
                           join m in db.Marks on a.Id equals m.AssessmentId
                           select new { l.Id, m.StudentId, a.Number, m.Value }).ToListAsync(ct);
        var attendance = await (from l in lessonsQuery
                                join a in db.Attendance on l.Id equals a.LessonId
                                where a.Code != null
                                select new { l.Id, a.StudentId, a.Code }).ToListAsync(ct);

        // The plans' topics, laid on the lessons by the planning module's own rule.
        var topics = await (from p in db.LessonPlans
                            join t in db.PlanTopics on p.Id equals t.LessonPlanId
                            where p.TeachingAssignmentId != null && assignmentsQuery.Select(a => a.Id).Contains(p.TeachingAssignmentId.Value)
                            select new { TeachingAssignmentId = p.TeachingAssignmentId!.Value, t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework }).AsNoTracking().ToListAsync(ct);

        // The lists: the class's stays in the year, and for group journals the memberships of its students.
        var stays = await db.ClassEnrolments.AsNoTracking()
            .Where(e => e.SchoolClassId == schoolClass.Id && e.From <= end && (e.Until == null || e.Until > start))
            .Select(e => new { e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.From, e.Until }).ToListAsync(ct);
        var groupIds = assignments.Where(a => a.StudyGroupId != null).Select(a => a.StudyGroupId!.Value).Distinct().ToList();
        var members = await db.StudyGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.StudyGroupId))
            .Select(m => new { m.StudyGroupId, m.StudentId, m.Until }).ToListAsync(ct);
        var studentIds = stays.Select(s => s.StudentId).Distinct().ToList();
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(m => m.AcademicYearId == schoolClass.AcademicYearId && studentIds.Contains(m.StudentId))
            .Select(m => new { m.StudentId, m.SubjectId, m.Kind, m.PeriodId, m.Value }).ToListAsync(ct);

        var byAssignment = lessons.ToLookup(l => l.TeachingAssignmentId);
        var topicsOf = topics.ToLookup(t => t.TeachingAssignmentId);
        var staysOf = stays.GroupBy(s => s.StudentId).ToList();
        var journals = assignments
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Subject, RussianCulture.Collation).ThenBy(a => a.GroupName ?? "", RussianCulture.Collation)
            .Select(a =>
            {
                var own = byAssignment[a.Id].ToList();
                var laid = PlanLaying.Lay(
                        topicsOf[a.Id].OrderBy(t => t.Number).Select(t => new PlanLaying.LaidTopic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework)).ToList(),
                        own.Select(l => new PlanLaying.LaidLesson(l.Id, l.Date)).ToList())
                    .ToDictionary(p => p.LessonId);
                var archived = own.Select(l => new ArchiveLesson(
                    l.Id, l.Date, l.Number, l.Topic ?? laid.GetValueOrDefault(l.Id)?.Title, l.Homework ?? laid.GetValueOrDefault(l.Id)?.Homework,
                    l.TeacherId != a.StaffMemberId && l.Teacher is { } t ? PersonName.WithInitials(t.LastName, t.FirstName, t.MiddleName) : null)).ToList();

                var groupMembers = a.StudyGroupId is { } groupId
                    ? members.Where(m => m.StudyGroupId == groupId).GroupBy(m => m.StudentId).ToDictionary(g => g.Key, g => g.Max(m => m.Until))
                    : null;
                var roster = staysOf
                    .Where(g => groupMembers is null || groupMembers.ContainsKey(g.Key))
                    .Select(g => new RosterRow(g.Key, PersonName.Full(g.First().LastName, g.First().FirstName, g.First().MiddleName),
                        g.Select(s => new RosterStint(s.From, groupMembers is null ? s.Until : Earliest(s.Until, groupMembers[g.Key])))
                            .Where(s => s.Until is null || s.Until > s.From).OrderBy(s => s.From).ToList()))
                    .Where(r => r.Stints.Count > 0)
                    .OrderBy(r => r.FullName, RussianCulture.Collation).ThenBy(r => r.StudentId)
                    .ToList();
                return new ArchiveJournal(a.Id, a.SubjectId, a.Subject, a.GroupName ?? schoolClass.Name,
                    PersonName.WithInitials(a.LastName, a.FirstName, a.MiddleName), archived, roster);
            })
            .ToList();

        var cells = marks.OrderBy(m => m.Number).GroupBy(m => (m.Id, m.StudentId))
            .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(m => m.Value)));
        foreach (var a in attendance)
        {
            cells[(a.Id, a.StudentId)] = cells.TryGetValue((a.Id, a.StudentId), out var held) ? a.Code + " " + held : a.Code!;
        }

        var finalMarks = finals.GroupBy(m => (m.StudentId, m.SubjectId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ArchiveFinalMark>)g.Select(m => new ArchiveFinalMark(m.Kind, m.PeriodId, m.Value)).ToList());
        return new JournalArchive(heading, periods, journals, cells.ToDictionary(kv => kv.Key, kv => kv.Value), finalMarks, today);
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
