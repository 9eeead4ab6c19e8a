using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Journal;

public sealed record JournalAssessment(Guid Id, int Number, Guid WorkTypeId, string WorkTypeCode, string WorkType, decimal Weight, string? Title);

/// <summary>
/// A column group of the journal: a dated lesson. <see cref="Topic"/> is the teacher's; <see cref="PlannedTopic"/> the
/// plan's topic laid on it (shown when the teacher wrote none). <see cref="Editable"/>: the user may write into it.
/// </summary>
public sealed record JournalLesson(
    Guid Id, DateOnly Date, int Number, string? Topic, string? PlannedTopic, string? Homework, string? PlannedHomework,
    LessonChangeKind? Change, string? Substitute, bool Editable, int Files, IReadOnlyList<JournalAssessment> Assessments)
{
    public string? ShownTopic => Topic ?? PlannedTopic;
}

public sealed record JournalMark(Guid AssessmentId, Guid StudentId, string Value, bool Late);

public sealed record JournalAttendanceCell(Guid LessonId, Guid StudentId, string? Code, string? Comment, bool Late = false);

/// <summary>The journal of one teaching assignment and period (optionally one month of it), everything in one read.</summary>
public sealed record JournalView(
    JournalAssignment Assignment, string Teacher, JournalRight Right, bool MayEditClosed,
    IReadOnlyList<JournalPeriod> Periods, JournalPeriod? Period, IReadOnlyList<DateOnly> Months, DateOnly? Month, DateOnly Today,
    IReadOnlyList<JournalLesson> Lessons, IReadOnlyList<RosterRow> Students,
    IReadOnlyList<JournalMark> Marks, IReadOnlyList<JournalAttendanceCell> Attendance,
    IReadOnlyDictionary<Guid, decimal> Averages, JournalSettings Settings)
{
    public decimal? Average(Guid studentId) => Averages.TryGetValue(studentId, out var a) ? a : null;
}

/// <summary>
/// Reads a journal: rows are the students on each lesson's date (<see cref="JournalRoster"/>), columns the assignment's
/// dated lessons of the period that are not cancelled (with substitutions), each with its assessments; the marks,
/// attendance and comments; and each student's weighted average over the whole period. A fixed number of queries
/// whatever the size of the class or the period.
/// </summary>
public sealed class GetJournal(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    /// <param name="Month">The first day of a month of the period to show only its lessons; null for the whole period.</param>
    public sealed record Request(Guid AssignmentId, Guid? PeriodId = null, DateOnly? Month = null);

    public sealed record PeriodNotFound() : NotFound("Учебный период не найден.");

    public async Task<Result<JournalView>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var assignment = await access.FindAsync(request.AssignmentId, ct);
        if (assignment is null)
        {
            return new JournalAccess.JournalNotFound();
        }

        var right = await access.RightAsync(assignment, ct);
        if (right == JournalRight.None)
        {
            return new JournalAccess.NoJournalAccess();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var periods = await AssignmentPeriods.ForAsync(db, assignment, ct);
        JournalPeriod? period;
        if (request.PeriodId is { } periodId)
        {
            period = periods.FirstOrDefault(p => p.Id == periodId);
            if (period is null)
            {
                return new PeriodNotFound();
            }
        }
        else
        {
            period = periods.FirstOrDefault(p => p.Contains(today))
                ?? periods.LastOrDefault(p => p.End < today) ?? (periods.Count > 0 ? periods[0] : null);
        }

        var (start, end) = period is null ? (today, today) : (period.Start, period.End);
        var months = MonthsOf(start, end);
        DateOnly? month = request.Month is { } m && months.Contains(new DateOnly(m.Year, m.Month, 1)) ? new DateOnly(m.Year, m.Month, 1) : null;
        var (from, to) = month is { } first ? (Max(first, start), Min(first.AddMonths(1).AddDays(-1), end)) : (start, end);

        var settings = await JournalSettings.LoadAsync(db, assignment.SchoolId, ct);
        var lessonsQuery = db.Lessons.AsNoTracking()
            .Where(l => l.TeachingAssignmentId == assignment.Id && l.Date >= from && l.Date <= to && l.Change != LessonChangeKind.Cancelled);
        var lessons = await lessonsQuery.OrderBy(l => l.Date).ThenBy(l => l.Number)
            .Select(l => new { l.Id, l.Date, l.Number, l.Topic, l.Homework, l.Change, l.TeacherId }).ToListAsync(ct);
        // Joins from the lessons, not EXISTS filters on the cell tables: SQLite runs a correlated EXISTS for every row of
        // the whole school's marks (about 60 ms on the demo); the join starts from the assignment's lessons (index).
        var assessments = await lessonsQuery.Join(db.Assessments, l => l.Id, a => a.LessonId, (l, a) => a).AsNoTracking()
            .OrderBy(a => a.Number).ToListAsync(ct);
        var cells = await (from l in lessonsQuery
                           join a in db.Assessments on l.Id equals a.LessonId
                           join mk in db.Marks on a.Id equals mk.AssessmentId
                           select new { mk.AssessmentId, mk.StudentId, mk.Value, mk.Late, mk.Points, a.WorkTypeId }).ToListAsync(ct);
        var marks = cells.Select(c => new JournalMark(c.AssessmentId, c.StudentId, c.Value, c.Late)).ToList();
        var attendance = await (from l in lessonsQuery
                                join a in db.Attendance on l.Id equals a.LessonId
                                select new JournalAttendanceCell(a.LessonId, a.StudentId, a.Code, a.Comment, a.Late)).ToListAsync(ct);
        var files = await (from l in lessonsQuery join f in db.HomeworkFiles on l.Id equals f.LessonId select f.LessonId)
            .GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var planned = (await PlanLaying.LayAsync(db, assignment.Id, ct)).ToDictionary(p => p.LessonId);
        var students = await JournalRoster.ForAsync(db, assignment, from, to, ct);
        // The averages are over the whole period: from the marks just read when they are the period's, else read.
        var weights = settings.WorkTypes.ToDictionary(w => w.Id, w => w.Weight);
        var averages = period is null ? new Dictionary<Guid, decimal>()
            : (from, to) == (period.Start, period.End)
                ? StudentAverage.Of(cells.Select(c => new StudentAverage.WeightedMark(c.StudentId, c.Points, weights.GetValueOrDefault(c.WorkTypeId))))
                : await StudentAverage.OfAsync(db, assignment.Id, period.Start, period.End, ct: ct);

        var teacherIds = lessons.Select(l => l.TeacherId).Append(assignment.TeacherId).Distinct().ToList();
        var teachers = await db.StaffMembers.AsNoTracking().Where(s => teacherIds.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        var names = teachers.ToDictionary(t => t.Id, t => PersonName.Full(t.LastName, t.FirstName, t.MiddleName));

        var granted = await access.PermissionsAsync(ct);
        var staffIds = await access.StaffIdsAsync(ct);
        var mayEditClosed = granted.Has(Permissions.JournalEditClosed);
        var workTypes = settings.WorkTypes.ToDictionary(w => w.Id);
        var byLesson = assessments.ToLookup(a => a.LessonId);
        var columns = lessons.Select(l =>
        {
            var editable = JournalAccess.MayWrite(granted, staffIds, assignment, l.TeacherId, period is { Closed: true });

            var plan = planned.GetValueOrDefault(l.Id);
            return new JournalLesson(
                l.Id, l.Date, l.Number, l.Topic, plan?.Title, l.Homework, plan?.Homework, l.Change,
                l.TeacherId != assignment.TeacherId ? names.GetValueOrDefault(l.TeacherId) : null, editable, files.GetValueOrDefault(l.Id),
                byLesson[l.Id].Select(a =>
                {
                    var w = workTypes.GetValueOrDefault(a.WorkTypeId);
                    return new JournalAssessment(a.Id, a.Number, a.WorkTypeId, w?.Code ?? "", w?.Name ?? "", w?.Weight ?? 0, a.Title);
                }).ToList());
        }).ToList();

        return new JournalView(
            assignment, names.GetValueOrDefault(assignment.TeacherId) ?? "", right, mayEditClosed, periods, period, months, month, today,
            columns, students, marks, attendance, averages, settings);
    }

    /// <summary>The first days of the months a period touches, for the month filter.</summary>
    public static IReadOnlyList<DateOnly> MonthsOf(DateOnly start, DateOnly end)
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= end && months.Count < 24; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
