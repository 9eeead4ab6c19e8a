using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Grading;

/// <summary>What is missing in one journal before its period is closed.</summary>
/// <param name="WithoutMark">The students on the list at the period's end without a period mark, by name.</param>
public sealed record JournalGap(
    Guid AssignmentId, string Subject, string ClassOrGroup, string Teacher, IReadOnlyList<string> WithoutMark, int LessonsWithoutTopic);

/// <summary>A class following the period, whether it is closed, and what its journals miss.</summary>
public sealed record ClassGaps(Guid ClassId, string ClassName, int Grade, bool Closed, string? Override, IReadOnlyList<JournalGap> Journals)
{
    public int WithoutMark => Journals.Sum(j => j.WithoutMark.Count);

    public int LessonsWithoutTopic => Journals.Sum(j => j.LessonsWithoutTopic);

    public bool Complete => WithoutMark == 0 && LessonsWithoutTopic == 0;
}

/// <summary>
/// What is missing before a period is closed, for every class that follows the period's scheme (a grade's scheme, else
/// the year's first): students on a journal's list at the period's end (today, if it has not ended) without a period
/// mark in its subject (not in grade 1, which learns without marks), and lessons given (not cancelled, up to today) without a topic, their own or laid from the plan (as the journal shows it). Read with a fixed number of
/// set-based queries for the whole school.
/// </summary>
public static class PeriodGaps
{
    public static async Task<IReadOnlyList<ClassGaps>> ForAsync(PartaDbContext db, Period period, DateOnly today, CancellationToken ct = default)
    {
        var scheme = await db.PeriodSchemes.AsNoTracking().Where(s => s.Id == period.PeriodSchemeId).Select(s => new { s.Id, s.AcademicYearId })
            .FirstAsync(ct);
        var yearId = scheme.AcademicYearId;
        var schemeOf = await GradePeriods.SchemeOfGradeAsync(db, yearId, ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == yearId)
                .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
            .Where(c => schemeOf(c.Grade) == scheme.Id)
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter, RussianCulture.Collation).ToList();
        if (classes.Count == 0)
        {
            return [];
        }

        var classIds = classes.Select(c => c.Id).ToList();
        var day = period.End < today ? period.End : today;
        var last = day;
        var closures = await db.PeriodClosures.AsNoTracking().Where(c => c.PeriodId == period.Id)
            .ToDictionaryAsync(c => c.SchoolClassId, c => c.Override, ct);
        var enrolled = await db.ClassEnrolments.AsNoTracking()
            .Where(e => classIds.Contains(e.SchoolClassId) && e.From <= day && (e.Until == null || e.Until > day))
            .Select(e => new { e.StudentId, e.SchoolClassId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName }).ToListAsync(ct);
        var classOf = enrolled.ToDictionary(e => e.StudentId, e => e.SchoolClassId);
        var names = enrolled.ToDictionary(e => e.StudentId, e => PersonName.Full(e.LastName, e.FirstName, e.MiddleName));
        var assignments = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.AcademicYearId == yearId && (a.SchoolClassId != null ? classIds.Contains(a.SchoolClassId.Value) : a.StudyGroupId != null))
            .Select(a => new
            {
                a.Id, a.SubjectId, Subject = a.Subject!.Name, a.SchoolClassId, a.StudyGroupId, GroupName = a.StudyGroup!.Name,
                GroupClassId = a.StudyGroup.SchoolClassId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
            }).ToListAsync(ct);
        var groupIds = assignments.Where(a => a.StudyGroupId != null).Select(a => a.StudyGroupId!.Value).Distinct().ToList();
        var members = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.StudyGroupId) && (m.Until == null || m.Until > day))
            .Select(m => new { m.StudyGroupId, m.StudentId }).ToListAsync(ct);
        var marked = (await db.FinalMarks.AsNoTracking().Where(m => m.PeriodId == period.Id).Select(m => new { m.StudentId, m.SubjectId }).ToListAsync(ct))
            .Select(m => (m.StudentId, m.SubjectId)).ToHashSet();
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        // A lesson whose topic the plan lays (the journal shows it «по КТП») has one, as in the filling control.
        var lacking = await db.Lessons.AsNoTracking()
            .Where(l => assignmentIds.Contains(l.TeachingAssignmentId) && l.Date >= period.Start && l.Date <= last
                        && l.Change != LessonChangeKind.Cancelled && (l.Topic == null || l.Topic == ""))
            .Select(l => new { l.Id, l.TeachingAssignmentId }).ToListAsync(ct);
        var laid = await Planning.PlanLaying.LayManyAsync(db, lacking.Select(l => l.TeachingAssignmentId).Distinct().ToList(), last, ct);
        var withoutTopic = lacking.Where(l => laid.GetValueOrDefault(l.TeachingAssignmentId)?.GetValueOrDefault(l.Id)?.Title is null)
            .GroupBy(l => l.TeachingAssignmentId).ToDictionary(g => g.Key, g => g.Count());

        // Each journal's students at the period's end, by their class.
        var journals = assignments.Select(a =>
        {
            var students = a.SchoolClassId is { } cid
                ? enrolled.Where(e => e.SchoolClassId == cid).Select(e => e.StudentId).ToList()
                : members.Where(m => m.StudyGroupId == a.StudyGroupId && classOf.TryGetValue(m.StudentId, out var c)
                                     && (a.GroupClassId == null || c == a.GroupClassId)).Select(m => m.StudentId).ToList();
            var inClasses = a.SchoolClassId is { } own ? [own]
                : a.GroupClassId is { } groupClass ? [groupClass]
                : students.Select(s => classOf[s]).Distinct().ToList();
            var teacher = PersonName.WithInitials(a.LastName, a.FirstName, a.MiddleName);
            var name = a.SchoolClassId is { } ownClass ? ClassName(classes.First(c => c.Id == ownClass).Grade, classes.First(c => c.Id == ownClass).Letter) : a.GroupName;
            return new { a.Id, a.Subject, a.SubjectId, Name = name ?? "", teacher, students, inClasses };
        }).ToList();

        return classes.Select(c =>
        {
            var gaps = journals.Where(j => j.inClasses.Contains(c.Id))
                .Select(j => new JournalGap(
                    j.Id, j.Subject, j.Name, j.teacher,
                    c.Grade == GradingRules.UnmarkedGrade
                        ? []
                        : j.students.Where(s => classOf[s] == c.Id && !marked.Contains((s, j.SubjectId))).Select(s => names[s])
                            .Order(RussianCulture.Collation).ToList(),
                    withoutTopic.GetValueOrDefault(j.Id)))
                .Where(g => g.WithoutMark.Count > 0 || g.LessonsWithoutTopic > 0)
                .OrderBy(g => g.Subject, RussianCulture.Collation).ThenBy(g => g.ClassOrGroup, RussianCulture.Collation).ToList();
            var closed = period.Closed || closures.ContainsKey(c.Id);
            return new ClassGaps(c.Id, ClassName(c.Grade, c.Letter), c.Grade, closed, closures.GetValueOrDefault(c.Id), gaps);
        }).ToList();
    }

    private static string ClassName(int grade, string letter) => SchoolClass.NameOf(grade, letter);
}
