using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Journal;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Grading;

/// <summary>A student's row of a final-mark sheet.</summary>
/// <param name="Record">What the period's suggestion is made from (the period view; empty in the year view).</param>
/// <param name="Periods">The student's period marks by period id (both views).</param>
public sealed record SheetRow(
    Guid StudentId, string FullName, PeriodRecord Record, Suggestion Suggested, string? Value,
    IReadOnlyDictionary<Guid, string> Periods, Suggestion YearSuggested, string? Year, string? Exam, Suggestion FinalSuggested, string? Final)
{
    /// <summary>The set period mark differs from the suggestion (allowed; shown as such).</summary>
    public bool Differs => Value is not null && Suggested.Value is not null && Value != Suggested.Value;

    public bool YearDiffers => Year is not null && YearSuggested.Value is not null && Year != YearSuggested.Value;
}

/// <summary>A final-mark sheet: one teaching assignment and one period (or the year), a row a student of its list.</summary>
/// <param name="Period">The period of the period view; null in the year view.</param>
/// <param name="Editable">The user may set the marks shown (the period's, or the year's).</param>
/// <param name="AllClosed">Every period of the journal is closed (a year mark before then needs a reason).</param>
public sealed record FinalMarkSheet(
    JournalAssignment Assignment, IReadOnlyList<JournalPeriod> Periods, JournalPeriod? Period, bool Editable, bool MayEditClosed,
    bool AllClosed, bool HasExam, GradingRules Rules, IReadOnlyList<string> Values, IReadOnlyList<SheetRow> Rows, DateOnly Today);

/// <summary>
/// Reads the final-mark sheet of a journal: for a period, each student's weighted average (<see cref="StudentAverage"/>,
/// the journal's one function), marks, lessons and absences, the suggestion by <see cref="PeriodMarkRule"/> and the mark
/// set; for the year, the period marks, the year mark suggested by <see cref="YearMarkRule"/>, and exam and final marks
/// where the curriculum has an exam. Reading follows the journal's rule; students and parents are refused.
/// </summary>
public sealed class GetFinalMarkSheet(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    /// <param name="PeriodId">The period; null for the current one (or the last before today).</param>
    /// <param name="Year">The year view instead of a period.</param>
    /// <param name="StudentId">One student's row only (the answer to a write).</param>
    public sealed record Request(Guid AssignmentId, Guid? PeriodId = null, bool Year = false, Guid? StudentId = null);

    public sealed record PeriodNotFound() : NotFound("Период не найден.");

    public sealed record NoPeriods() : Invalid("Для класса не заданы учебные периоды: сначала задайте их в настройках учебного года.");

    public async Task<Result<FinalMarkSheet>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var assignment = await access.FindAsync(request.AssignmentId, ct);
        if (assignment is null)
        {
            return new JournalAccess.JournalNotFound();
        }

        if (await access.RightAsync(assignment, ct) == JournalRight.None)
        {
            return new JournalAccess.NoJournalAccess();
        }

        var periods = await AssignmentPeriods.ForAsync(db, assignment, ct);
        if (periods.Count == 0)
        {
            return new NoPeriods();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        JournalPeriod? period = null;
        if (!request.Year)
        {
            period = request.PeriodId is { } id
                ? periods.FirstOrDefault(p => p.Id == id)
                : periods.FirstOrDefault(p => p.Contains(today)) ?? periods.LastOrDefault(p => p.Start <= today) ?? periods[0];
            if (period is null)
            {
                return new PeriodNotFound();
            }
        }

        var granted = await access.PermissionsAsync(ct);
        var staffIds = await access.StaffIdsAsync(ct);
        var allClosed = periods.All(p => p.Closed);
        var editable = GradingAccess.MayWrite(granted, staffIds, assignment, period?.Closed ?? false)
            || (period is null && GradingAccess.MayWrite(granted, staffIds, assignment, closed: true));
        var rules = await GradingSettings.LoadAsync(db, assignment.SchoolId, ct);
        var hasExam = await HasExamAsync(db, assignment, ct);
        var rows = await RowsAsync(assignment, periods, period, rules, hasExam, today, request.StudentId, ct);
        return new FinalMarkSheet(assignment, periods, period, editable, granted.Has(Access.Permissions.JournalEditClosed), allClosed, hasExam,
            rules, FinalMarkValues.For(assignment.Scale), rows, today);
    }

    /// <summary>Whether the curriculum of the journal's class (or grade) has an exam in the subject this year.</summary>
    public static async Task<bool> HasExamAsync(PartaDbContext db, JournalAssignment assignment, CancellationToken ct)
    {
        var lines = await db.CurriculumLines.AsNoTracking()
            .Where(l => l.AcademicYearId == assignment.AcademicYearId && l.SubjectId == assignment.SubjectId && l.Grade == assignment.Grade
                        && (l.SchoolClassId == null || l.SchoolClassId == assignment.SchoolClassId))
            .Select(l => new { l.SchoolClassId, l.Exam }).ToListAsync(ct);
        return (lines.FirstOrDefault(l => l.SchoolClassId != null) ?? lines.FirstOrDefault())?.Exam ?? false;
    }

    private async Task<IReadOnlyList<SheetRow>> RowsAsync(
        JournalAssignment assignment, IReadOnlyList<JournalPeriod> periods, JournalPeriod? period, GradingRules rules, bool hasExam,
        DateOnly today, Guid? studentId, CancellationToken ct)
    {
        var (from, to) = period is null ? (periods[0].Start, periods[^1].End) : (period.Start, period.End);
        var roster = (await JournalRoster.ForAsync(db, assignment, from, to, ct)).Where(r => studentId is null || r.StudentId == studentId).ToList();
        if (roster.Count == 0)
        {
            return [];
        }

        var students = roster.Select(r => r.StudentId).ToList();
        var finals = await db.FinalMarks.AsNoTracking()
            .Where(m => m.AcademicYearId == assignment.AcademicYearId && m.SubjectId == assignment.SubjectId && students.Contains(m.StudentId))
            .Select(m => new { m.StudentId, m.Kind, m.PeriodId, m.Value }).ToListAsync(ct);

        var records = period is null
            ? new Dictionary<Guid, PeriodRecord>()
            : await PeriodRecordsAsync(db, assignment, period, roster, today, ct);
        var empty = new PeriodRecord(null, 0, 0, 0, 0);
        return roster.Select(r =>
        {
            var mine = finals.Where(f => f.StudentId == r.StudentId).ToList();
            var byPeriod = mine.Where(f => f.Kind == FinalMarkKind.Period && f.PeriodId is not null).ToDictionary(f => f.PeriodId!.Value, f => f.Value);
            var record = records.GetValueOrDefault(r.StudentId, empty);
            var suggested = period is null ? Suggestion.None : PeriodMarkRule.Suggest(record, rules, assignment.Scale);
            var year = mine.FirstOrDefault(f => f.Kind == FinalMarkKind.Year)?.Value;
            var exam = mine.FirstOrDefault(f => f.Kind == FinalMarkKind.Exam)?.Value;
            var yearSuggested = YearMarkRule.Suggest(periods.Select(p => new PeriodValue(p.Name, byPeriod.GetValueOrDefault(p.Id))).ToList(), rules, assignment.Scale);
            return new SheetRow(r.StudentId, r.FullName, record, suggested, period is null ? null : byPeriod.GetValueOrDefault(period.Id), byPeriod,
                yearSuggested, year, exam, YearMarkRule.SuggestFinal(year, exam, hasExam, rules),
                mine.FirstOrDefault(f => f.Kind == FinalMarkKind.Final)?.Value);
        }).ToList();
    }

    /// <summary>
    /// Each student's record of the period in the journal: marks (the weighted average over them by the journal's one
    /// function), lessons held up to today while on the list (not cancelled), and absences among them.
    /// </summary>
    public static async Task<Dictionary<Guid, PeriodRecord>> PeriodRecordsAsync(
        PartaDbContext db, JournalAssignment assignment, JournalPeriod period, IReadOnlyList<RosterRow> roster, DateOnly today, CancellationToken ct = default)
    {
        var last = period.End < today ? period.End : today;
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.TeachingAssignmentId == assignment.Id && l.Date >= period.Start && l.Date <= last && l.Change != LessonChangeKind.Cancelled)
            .Select(l => new { l.Id, l.Date }).ToListAsync(ct);
        var marks = await StudentAverage.Marks(db, assignment.Id, period.Start, period.End, fivePointOnly: false).AsNoTracking().ToListAsync(ct);
        var absenceCodes = db.AttendanceCodes.Where(c => c.SchoolId == assignment.SchoolId && c.IsAbsence).Select(c => c.Code);
        var absences = await db.Attendance.AsNoTracking()
            .Join(db.Lessons, a => a.LessonId, l => l.Id, (a, l) => new { a.StudentId, a.Code, l.TeachingAssignmentId, l.Date, l.Change })
            .Where(x => x.TeachingAssignmentId == assignment.Id && x.Date >= period.Start && x.Date <= last
                        && x.Change != LessonChangeKind.Cancelled && absenceCodes.Contains(x.Code!))
            .Select(x => new { x.StudentId, x.Date }).ToListAsync(ct);
        var averages = StudentAverage.Of(marks);
        return roster.ToDictionary(r => r.StudentId, r =>
        {
            var mine = marks.Where(m => m.StudentId == r.StudentId).ToList();
            return new PeriodRecord(
                averages.TryGetValue(r.StudentId, out var a) ? a : null,
                mine.Count,
                mine.Count(m => m.Value == Journal.MarkScales.Pass),
                lessons.Count(l => r.On(l.Date)),
                absences.Count(x => x.StudentId == r.StudentId && r.On(x.Date)));
        });
    }
}
