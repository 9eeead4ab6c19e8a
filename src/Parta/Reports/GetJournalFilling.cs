using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Reports;

/// <summary>A lesson of a filling-control row (given without a topic or without homework), with the link to it.</summary>
public sealed record FillingLesson(Guid LessonId, DateOnly Date, int Number)
{
    public string Link => $"/Journal/Lesson?lessonId={LessonId}";
}

/// <summary>A mark entered late: the lesson, the student and the value, with the link to its month of the journal.</summary>
public sealed record FillingLateMark(Guid LessonId, DateOnly Date, Guid StudentId, string Student, string Value, string Link);

/// <summary>A student of a filling-control row (too few marks, or no period mark), with the link to the journal or the period-mark sheet.</summary>
public sealed record FillingStudent(Guid StudentId, string Student, int Marks, string Link);

/// <summary>One teaching assignment's gaps in the period.</summary>
public sealed record FillingRow(
    Guid AssignmentId, Guid TeacherId, string Teacher, Guid? ClassId, string ClassOrGroup, string Subject, string JournalLink, int LessonsGiven,
    IReadOnlyList<FillingLesson> WithoutTopic, IReadOnlyList<FillingLesson> WithoutHomework, IReadOnlyList<FillingLateMark> LateMarks,
    IReadOnlyList<FillingStudent> FewMarks, IReadOnlyList<FillingStudent> NoPeriodMark)
{
    public bool Complete => WithoutTopic.Count + WithoutHomework.Count + LateMarks.Count + FewMarks.Count + NoPeriodMark.Count == 0;
}

/// <summary>The filling control of a period: the rows grouped by teacher, and the filter's choices.</summary>
public sealed record JournalFilling(
    string? Year, IReadOnlyList<ReportPeriod> Periods, ReportPeriod? Period, DateOnly Today, int MinMarks, bool SeesSchool,
    IReadOnlyList<(Guid Id, string Name)> Classes, IReadOnlyList<(Guid Id, string Name)> Teachers, Guid? ClassId, Guid? TeacherId,
    IReadOnlyList<FillingRow> Rows);

/// <summary>
/// Контроль заполнения журнала for a period: per teaching assignment, the lessons given (dated up to today, not cancelled)
/// without a topic, without homework (not in grade 1), the marks entered late, the students on the list with fewer marks
/// than the school's minimum (накопляемость), and the students on the list at the period's end without a period mark
/// (grade 1, which learns without marks, has neither homework, marks nor period marks to check).
/// A topic or homework laid from the lesson plan counts, as the journal shows it; so does a homework file. The
/// administration (reports.school) sees the school, a teacher (journal.edit.own) only their own assignments. The whole
/// school is read with a fixed number of set-based queries, never one per assignment.
/// </summary>
public sealed class GetJournalFilling(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    public sealed record Request(Guid? PeriodId = null, Guid? ClassId = null, Guid? TeacherId = null);

    public sealed record NoFillingAccess() : Forbidden("Контроль заполнения журналов доступен администрации школы и учителям (по своим журналам).");

    public sealed record ClassNotFound() : NotFound("Класс не найден.", "ClassId");

    public sealed record TeacherNotFound() : NotFound("Учитель не найден.", "TeacherId");

    public async Task<Result<JournalFilling>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var granted = await access.PermissionsAsync(ct);
        var seesSchool = granted.Has(Permissions.ReportsSchool);
        if (!seesSchool && !granted.Has(Permissions.JournalEditOwn))
        {
            return new NoFillingAccess();
        }

        if (request.ClassId is { } askedClass && !await db.SchoolClasses.AnyAsync(c => c.Id == askedClass, ct))
        {
            return new ClassNotFound();
        }

        if (request.TeacherId is { } askedTeacher && !await db.StaffMembers.AnyAsync(s => s.Id == askedTeacher, ct))
        {
            return new TeacherNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var choice = await ReportPeriodChoice.ForAsync(db, request.PeriodId, today, ct);
        if (!choice.Succeeded)
        {
            return choice.Cast<JournalFilling>();
        }

        var rules = await db.GradingRules.AsNoTracking().Select(r => new { r.MinMarks }).FirstOrDefaultAsync(ct);
        var minMarks = rules?.MinMarks ?? GradingRules.Defaults(Guid.Empty).MinMarks;
        if (choice.Value is not { } chosen)
        {
            return new JournalFilling(null, [], null, today, minMarks, seesSchool, [], [], request.ClassId, request.TeacherId, []);
        }

        var period = chosen.Period;
        var staffIds = seesSchool ? [] : await access.StaffIdsAsync(ct);
        var assignments = await AssignmentsAsync(chosen, seesSchool, staffIds, ct);
        var classes = assignments.Where(a => a.ClassId is not null).DistinctBy(a => a.ClassId)
            .Select(a => (a.ClassId!.Value, a.ClassName!)).OrderBy(c => c.Item2, ClassOrder.Instance).ToList();
        var teachers = assignments.DistinctBy(a => a.TeacherId).Select(a => (a.TeacherId, a.Teacher))
            .OrderBy(t => t.Teacher, RussianCulture.Collation).ToList();
        var shown = assignments
            .Where(a => request.ClassId is null || a.ClassId == request.ClassId)
            .Where(a => request.TeacherId is null || a.TeacherId == request.TeacherId)
            .ToList();

        var rows = await RowsAsync(shown, period, today, minMarks, ct);
        return new JournalFilling(chosen.Year.Name, chosen.Periods, period, today, minMarks, seesSchool, classes, teachers,
            request.ClassId, request.TeacherId, rows);
    }

    private sealed record Assignment(
        Guid Id, Guid TeacherId, string Teacher, Guid SubjectId, string Subject, Guid? SchoolClassId, Guid? StudyGroupId, Guid? ClassId,
        string? ClassName, string ClassOrGroup, int? Grade);

    /// <summary>The year's assignments whose grade follows the period's scheme (the user's own only, without reports.school).</summary>
    private async Task<List<Assignment>> AssignmentsAsync(ReportPeriodChoice chosen, bool seesSchool, IReadOnlyList<Guid> staffIds, CancellationToken ct)
    {
        var query = db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == chosen.Year.Id);
        if (!seesSchool)
        {
            query = query.Where(a => staffIds.Contains(a.StaffMemberId));
        }

        var rows = await query.Select(a => new
        {
            a.Id, a.StaffMemberId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName, a.SubjectId, Subject = a.Subject!.Name,
            a.SchoolClassId, a.StudyGroupId, ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter,
            GroupName = a.StudyGroup!.Name, GroupClassId = a.StudyGroup.SchoolClassId,
            GroupClassGrade = (int?)a.StudyGroup.SchoolClass!.Grade, GroupClassLetter = a.StudyGroup.SchoolClass.Letter,
        }).ToListAsync(ct);

        // A group of several classes takes the grade of its members' classes (as the journal's periods do).
        var loose = rows.Where(r => r.StudyGroupId is not null && r.GroupClassId is null).Select(r => r.StudyGroupId!.Value).Distinct().ToList();
        var looseGrades = loose.Count == 0 ? new Dictionary<Guid, int>()
            : (await db.StudyGroupMembers.AsNoTracking().Where(m => loose.Contains(m.StudyGroupId))
                    .Join(db.ClassEnrolments, m => m.StudentId, e => e.StudentId, (m, e) => new { m.StudyGroupId, e.SchoolClassId })
                    .Join(db.SchoolClasses.Where(c => c.AcademicYearId == chosen.Year.Id), x => x.SchoolClassId, c => c.Id,
                        (x, c) => new { x.StudyGroupId, c.Grade })
                    .ToListAsync(ct))
                .GroupBy(x => x.StudyGroupId).ToDictionary(g => g.Key, g => g.Min(x => x.Grade));

        return rows.Select(r =>
            {
                var classId = r.SchoolClassId ?? r.GroupClassId;
                var className = r.ClassGrade is { } g ? SchoolClass.NameOf(g, r.ClassLetter)
                    : r.GroupClassGrade is { } gg ? SchoolClass.NameOf(gg, r.GroupClassLetter) : null;
                var grade = r.ClassGrade ?? r.GroupClassGrade ?? (r.StudyGroupId is { } groupId && looseGrades.TryGetValue(groupId, out var lg) ? lg : null);
                return new Assignment(r.Id, r.StaffMemberId, PersonName.Full(r.LastName, r.FirstName, r.MiddleName), r.SubjectId, r.Subject,
                    r.SchoolClassId, r.StudyGroupId, classId, className, r.ClassGrade is not null ? className! : r.GroupName, grade);
            })
            .Where(a => chosen.FollowsScheme(a.Grade))
            .ToList();
    }

    private async Task<List<FillingRow>> RowsAsync(List<Assignment> assignments, ReportPeriod period, DateOnly today, int minMarks, CancellationToken ct)
    {
        if (assignments.Count == 0)
        {
            return [];
        }

        var ids = assignments.Select(a => a.Id).ToList();
        var givenUntil = period.End < today ? period.End : today;
        var given = db.Lessons.AsNoTracking().Where(l => ids.Contains(l.TeachingAssignmentId)
            && l.Date >= period.Start && l.Date <= givenUntil && l.Change != LessonChangeKind.Cancelled);

        // Lessons given: how many per assignment, and those lacking the teacher's own topic or homework.
        var counts = await given.GroupBy(l => l.TeachingAssignmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var lacking = await given.Where(l => l.Topic == null || l.Topic == "" || l.Homework == null || l.Homework == "")
            .Select(l => new
            {
                l.Id, l.TeachingAssignmentId, l.Date, l.Number,
                NoTopic = l.Topic == null || l.Topic == "", NoHomework = l.Homework == null || l.Homework == "",
            })
            .ToListAsync(ct);
        var withFiles = (await given.Join(db.HomeworkFiles, l => l.Id, f => f.LessonId, (l, f) => f.LessonId).Distinct().ToListAsync(ct)).ToHashSet();
        var planned = await PlanLaying.LayManyAsync(db, lacking.Select(l => l.TeachingAssignmentId).Distinct().ToList(), givenUntil, ct);

        // Marks: those entered late, and how many each student has in each journal of the period.
        var inPeriod = db.Lessons.AsNoTracking().Where(l => ids.Contains(l.TeachingAssignmentId) && l.Date >= period.Start && l.Date <= period.End);
        var marks = from l in inPeriod
                    join a in db.Assessments on l.Id equals a.LessonId
                    join m in db.Marks on a.Id equals m.AssessmentId
                    select new { l.TeachingAssignmentId, LessonId = l.Id, l.Date, m.StudentId, m.Value, m.Late };
        var late = await marks.Where(m => m.Late)
            .Join(db.Students, m => m.StudentId, s => s.Id, (m, s) => new { m.TeachingAssignmentId, m.LessonId, m.Date, m.StudentId, m.Value, s.LastName, s.FirstName, s.MiddleName })
            .ToListAsync(ct);
        var markCounts = (await marks.GroupBy(m => new { m.TeachingAssignmentId, m.StudentId })
                .Select(g => new { g.Key.TeachingAssignmentId, g.Key.StudentId, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => (x.TeachingAssignmentId, x.StudentId), x => x.Count);

        // The lists: on the list when the counting is done (the period's last day, or today while it lasts), and at its end.
        var journals = assignments.Select(a => new JournalAssignment(a.Id, Guid.Empty, Guid.Empty, a.TeacherId, a.SubjectId, a.Subject,
            a.SchoolClassId, a.StudyGroupId, a.ClassOrGroup, MarkScale.FivePoint, a.Grade)).ToList();
        var rosters = await JournalRoster.ForManyAsync(db, journals, period.Start, period.End, ct);
        var subjectIds = assignments.Select(a => a.SubjectId).Distinct().ToList();
        var periodMarks = (await db.FinalMarks.AsNoTracking()
                .Where(f => f.Kind == FinalMarkKind.Period && f.PeriodId == period.Id && subjectIds.Contains(f.SubjectId))
                .Select(f => new { f.StudentId, f.SubjectId }).ToListAsync(ct))
            .Select(f => (f.StudentId, f.SubjectId)).ToHashSet();

        var lackingBy = lacking.ToLookup(l => l.TeachingAssignmentId);
        var lateBy = late.ToLookup(m => m.TeachingAssignmentId);
        return assignments.Select(a =>
            {
                var grid = $"/Journal/Grid?assignmentId={a.Id}&periodId={period.Id}";
                var laid = planned.GetValueOrDefault(a.Id);
                var rows = lackingBy[a.Id].OrderBy(l => l.Date).ThenBy(l => l.Number).ToList();
                var withoutTopic = rows.Where(l => l.NoTopic && laid?.GetValueOrDefault(l.Id)?.Title is null)
                    .Select(l => new FillingLesson(l.Id, l.Date, l.Number)).ToList();
                var withoutHomework = a.Grade == GradingRules.UnmarkedGrade ? []
                    : rows.Where(l => l.NoHomework && !withFiles.Contains(l.Id) && laid?.GetValueOrDefault(l.Id)?.Homework is null)
                        .Select(l => new FillingLesson(l.Id, l.Date, l.Number)).ToList();
                var lateMarks = lateBy[a.Id].OrderBy(m => m.Date).ThenBy(m => PersonName.Full(m.LastName, m.FirstName, m.MiddleName), RussianCulture.Collation)
                    .Select(m => new FillingLateMark(m.LessonId, m.Date, m.StudentId, PersonName.Full(m.LastName, m.FirstName, m.MiddleName), m.Value,
                        grid + "&month=" + new DateOnly(m.Date.Year, m.Date.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .ToList();
                // Grade 1 learns without marks (безотметочное обучение): neither marks nor period marks are expected.
                var roster = a.Grade == GradingRules.UnmarkedGrade ? [] : rosters.GetValueOrDefault(a.Id) ?? [];
                var sheet = $"/Grading/Sheet?assignmentId={a.Id}&periodId={period.Id}";
                var fewMarks = roster.Where(s => s.On(givenUntil))
                    .Select(s => new FillingStudent(s.StudentId, s.FullName, markCounts.GetValueOrDefault((a.Id, s.StudentId)), grid))
                    .Where(s => s.Marks < minMarks).ToList();
                var noPeriodMark = roster.Where(s => s.On(period.End) && !periodMarks.Contains((s.StudentId, a.SubjectId)))
                    .Select(s => new FillingStudent(s.StudentId, s.FullName, markCounts.GetValueOrDefault((a.Id, s.StudentId)), sheet)).ToList();
                return new FillingRow(a.Id, a.TeacherId, a.Teacher, a.ClassId, a.ClassOrGroup, a.Subject, grid, counts.GetValueOrDefault(a.Id),
                    withoutTopic, withoutHomework, lateMarks, fewMarks, noPeriodMark);
            })
            .OrderBy(r => r.Teacher, RussianCulture.Collation).ThenBy(r => r.TeacherId)
            .ThenBy(r => r.ClassOrGroup, ClassOrder.Instance).ThenBy(r => r.Subject, RussianCulture.Collation)
            .ToList();
    }
}
