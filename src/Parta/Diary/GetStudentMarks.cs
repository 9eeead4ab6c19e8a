using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;
using Parta.Reports;

namespace Parta.Diary;

public sealed record SubjectMark(DateOnly Date, string Value, string WorkType, decimal Weight, string? Title);

/// <summary>
/// A subject of the student's marks: every mark of the period in date order, the weighted average as the journal shows
/// it, the period mark when set, and what the school's rule would suggest if the period ended now.
/// </summary>
public sealed record SubjectMarks(
    Guid SubjectId, string Subject, IReadOnlyList<SubjectMark> Marks, decimal? Weighted, string? PeriodMark, Suggestion? Suggested);

/// <summary>A student's marks by subject for a period, with the school's rule of the period mark in words.</summary>
public sealed record StudentMarks(
    DiaryStudent Student, IReadOnlyList<JournalPeriod> Periods, JournalPeriod? Period, GradingRules Rules, IReadOnlyList<string> RuleText,
    IReadOnlyList<SubjectMarks> Subjects);

/// <summary>
/// Reads a student's marks by subject for a period (default: the current period of the scheme the student's grade
/// follows, <see cref="ReportPeriods"/>): the subjects of the student's class and groups and any other journal the
/// student has marks in; the average only by <see cref="StudentAverage"/> and <see cref="WeightedAverage"/>, and the
/// suggestion only by <see cref="PeriodMarkRule"/> over the record the final-mark sheet reads
/// (<see cref="GetFinalMarkSheet.PeriodRecordsAsync"/>), with the school's <see cref="GradingRules"/>.
/// </summary>
public sealed class GetStudentMarks(PartaDbContext db, DiaryAccess access, JournalAccess journals, TimeProvider time)
{
    public sealed record Request(Guid StudentId, Guid? PeriodId = null);

    public async Task<Result<StudentMarks>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(request.StudentId, ct);
        if (!opened.Succeeded)
        {
            return opened.Cast<StudentMarks>();
        }

        var student = opened.Value;
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var schoolClass = new ReportClass(student.ClassId, student.ClassName, student.AcademicYearId, student.Grade, null, null);
        var periods = await ReportPeriods.ForClassAsync(db, schoolClass, ct);
        JournalPeriod? period;
        if (request.PeriodId is { } periodId)
        {
            var found = await ReportPeriods.FindAsync(db, schoolClass, periodId, ct);
            if (!found.Succeeded)
            {
                return found.Cast<StudentMarks>();
            }

            period = found.Value;
        }
        else
        {
            period = periods.FirstOrDefault(p => p.Contains(today)) ?? periods.LastOrDefault(p => p.Start <= today) ?? periods.FirstOrDefault();
        }

        var rules = await GradingSettings.LoadAsync(db, student.SchoolId, ct);
        var ruleText = RuleText(rules);
        if (period is null)
        {
            return new StudentMarks(student, periods, null, rules, ruleText, []);
        }

        var subjects = await SubjectsAsync(student, period, rules, today, ct);
        return new StudentMarks(student, periods, period, rules, ruleText, subjects);
    }

    /// <summary>The school's thresholds and conditions of a period mark, in a parent's words.</summary>
    public static IReadOnlyList<string> RuleText(GradingRules rules) =>
    [
        $"«5» — средний балл от {PeriodMarkRule.ShowThreshold(rules.Five)}, «4» — от {PeriodMarkRule.ShowThreshold(rules.Four)}, "
            + $"«3» — от {PeriodMarkRule.ShowThreshold(rules.Three)}, ниже — «2».",
        $"Нужно не меньше {RussianPlural.Count(rules.MinMarks, "отметки", "отметок", "отметок")} за период, "
            + $"и пропущено не больше {rules.MaxMissedPercent} % уроков; иначе — «н/а» (не аттестован).",
        "Итоговую отметку за период ставит учитель; это подсказка по правилам школы.",
    ];

    private async Task<IReadOnlyList<SubjectMarks>> SubjectsAsync(
        DiaryStudent student, JournalPeriod period, GradingRules rules, DateOnly today, CancellationToken ct)
    {
        var (studentId, start, end) = (student.Id, period.Start, period.End);
        var only = db.Students.Where(s => s.Id == studentId).Select(s => s.Id);

        // The student's marks of the period as the journal shows them (every value, five-point or not), in date order.
        var marks = await (from m in db.Marks
                           join a in db.Assessments on m.AssessmentId equals a.Id
                           join l in db.Lessons on a.LessonId equals l.Id
                           join w in db.WorkTypes on a.WorkTypeId equals w.Id
                           where m.StudentId == studentId && l.Date >= start && l.Date <= end
                           orderby l.Date, l.Number, a.Number
                           select new { l.TeachingAssignmentId, l.Date, m.Value, WorkType = w.Name, w.Weight, a.Title })
            .AsNoTracking().ToListAsync(ct);
        var marked = marks.Select(m => m.TeachingAssignmentId).Distinct().ToList();
        var (yearId, classId) = (student.AcademicYearId, student.ClassId);
        var assignmentIds = await db.TeachingAssignments.AsNoTracking()
            .Where(a => marked.Contains(a.Id) || (a.AcademicYearId == yearId
                && (a.SchoolClassId == classId
                    || db.StudyGroupMembers.Any(m => m.StudyGroupId == a.StudyGroupId && m.StudentId == studentId && (m.Until == null || m.Until > start)))))
            .Select(a => a.Id).ToListAsync(ct);
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(f => f.StudentId == studentId && f.Kind == FinalMarkKind.Period && f.PeriodId == period.Id)
            .Select(f => new { f.SubjectId, f.Value }).ToListAsync(ct);

        // Per journal: the average and the record of the suggestion, as the journal and the final-mark sheet read them.
        var bySubject = new List<(JournalAssignment Assignment, PeriodRecord? Record, List<StudentAverage.WeightedMark> Weighted)>();
        foreach (var id in assignmentIds)
        {
            if (await journals.FindAsync(id, ct) is not { } assignment)
            {
                continue;
            }

            var roster = (await JournalRoster.ForAsync(db, assignment, start, end, ct)).Where(r => r.StudentId == studentId).ToList();
            var records = roster.Count == 0 ? [] : await GetFinalMarkSheet.PeriodRecordsAsync(db, assignment, period, roster, today, ct);
            var weighted = await StudentAverage.Marks(db, assignment.Id, start, end, only).AsNoTracking().ToListAsync(ct);
            bySubject.Add((assignment, records.GetValueOrDefault(studentId), weighted));
        }

        var subjectOrder = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.SortOrder }).ToDictionaryAsync(s => s.Id, s => s.SortOrder, ct);
        var marksOf = marks.ToLookup(m => m.TeachingAssignmentId);
        return bySubject.GroupBy(x => x.Assignment.SubjectId)
            .Select(g =>
            {
                var first = g.First().Assignment;
                var shown = g.SelectMany(x => marksOf[x.Assignment.Id]).OrderBy(m => m.Date)
                    .Select(m => new SubjectMark(m.Date, m.Value, m.WorkType, m.Weight, m.Title)).ToList();
                var average = StudentAverage.Of(g.SelectMany(x => x.Weighted)).TryGetValue(studentId, out var a) ? a : (decimal?)null;
                var records = g.Select(x => x.Record).OfType<PeriodRecord>().ToList();
                Suggestion? suggested = null;
                if (records.Count > 0 && student.Grade != GradingRules.UnmarkedGrade)
                {
                    var record = new PeriodRecord(average, records.Sum(r => r.Marks), records.Sum(r => r.Passes), records.Sum(r => r.Lessons), records.Sum(r => r.Missed));
                    suggested = PeriodMarkRule.Suggest(record, rules, first.Scale);
                }

                return new SubjectMarks(first.SubjectId, first.Subject, shown, average,
                    finals.FirstOrDefault(f => f.SubjectId == first.SubjectId)?.Value, suggested);
            })
            .Where(s => s.Marks.Count > 0 || s.Suggested is not null || s.PeriodMark is not null)
            .OrderBy(s => subjectOrder.GetValueOrDefault(s.SubjectId)).ThenBy(s => s.Subject, RussianCulture.Collation)
            .ToList();
    }
}
