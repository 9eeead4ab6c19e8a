using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A class and period a report is asked for, with what the pickers offer.</summary>
public sealed record ReportScope(
    ReportClass Class, JournalPeriod Period, DateOnly Today, DateOnly CountingDay,
    IReadOnlyList<ClassChoice> Classes, IReadOnlyList<JournalPeriod> Periods)
{
    /// <summary>The school's full name, at the top of a printed report.</summary>
    public string School { get; init; } = "";
}

/// <summary>
/// The class teacher's period report: the measures (<see cref="PeriodMeasures"/>) over the counted students' period marks
/// of all subjects, the missed lessons, and each student's period marks and standing, so the numbers can be checked by
/// hand. One query for the screen, the PDF, the XLSX and the API.
/// </summary>
public sealed record ClassPeriodReport(
    ReportScope Scope, ClassPeriodMarks Marks, IReadOnlyDictionary<Guid, StudentStanding> Standings,
    IReadOnlyDictionary<Guid, MissedLessons> MissedByStudent, ClassPeriodMeasures Measures);

/// <summary>Reads the class teacher's period report of a class (<see cref="ClassPeriodReport"/>).</summary>
public sealed class GetClassPeriodReport(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    /// <param name="ClassId">The class; none: the class the user leads, else the first they may open.</param>
    /// <param name="PeriodId">The period; none: <see cref="ReportPeriods.DefaultAsync"/>.</param>
    public sealed record Request(Guid? ClassId, Guid? PeriodId);

    public sealed record NoClasses() : NotFound("В учебном году нет классов, отчёты которых вам доступны.");

    public sealed record NoPeriods() : NotFound("У класса нет учебных периодов: их задают в учебном году.");

    public async Task<Result<ClassPeriodReport>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(db, access, time, request.ClassId, request.PeriodId, ct);
        if (!scope.Succeeded)
        {
            return scope.Cast<ClassPeriodReport>();
        }

        var s = scope.Value;
        var marks = await ClassPeriodMarks.LoadAsync(db, s.Class, s.Period, s.Today, ct);
        var byStudent = await MissedAsync(db, s, ct);
        var missed = new MissedLessons(byStudent.Values.Sum(m => m.Total), byStudent.Values.Sum(m => m.Excused), byStudent.Values.Sum(m => m.Ill));
        var periodMarks = marks.Of(s.Period.Id).ToList();
        return new ClassPeriodReport(
            s, marks, PeriodMeasures.Standings(marks.StudentIds, periodMarks), byStudent,
            PeriodMeasures.Compute(marks.StudentIds, periodMarks, missed));
    }

    /// <summary>
    /// The class and period of a class report, as every class report resolves them: the class (404 not in the school,
    /// 403 not the user's), the period (422 not of the class's year), and the defaults when none is asked.
    /// </summary>
    public static async Task<Result<ReportScope>> ScopeAsync(
        PartaDbContext db, ReportAccess access, TimeProvider time, Guid? classId, Guid? periodId, CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        if (classId is null)
        {
            if (!await access.SeesClassReportsAsync(ct))
            {
                return new ReportAccess.NoReports();
            }

            var year = await SchoolClock.CurrentYearAsync(db, today, ct);
            var choices = year is null ? [] : await access.ClassesAsync(year.Id, ct);
            var led = await access.LedClassIdsAsync(ct);
            classId = choices.FirstOrDefault(c => led.Contains(c.Id))?.Id ?? (choices.Count > 0 ? choices[0].Id : null);
            if (classId is null)
            {
                return new NoClasses();
            }
        }

        var found = await access.ClassAsync(classId.Value, ct);
        if (!found.Succeeded)
        {
            return found.Cast<ReportScope>();
        }

        var schoolClass = found.Value;
        var periods = await ReportPeriods.ForClassAsync(db, schoolClass, ct);
        JournalPeriod? period;
        if (periodId is { } id)
        {
            var asked = await ReportPeriods.FindAsync(db, schoolClass, id, ct);
            if (!asked.Succeeded)
            {
                return asked.Cast<ReportScope>();
            }

            period = asked.Value;
        }
        else
        {
            period = await ReportPeriods.DefaultAsync(db, schoolClass, periods, today, ct);
        }

        if (period is null)
        {
            return new NoPeriods();
        }

        var classes = await access.ClassesAsync(schoolClass.AcademicYearId, ct);
        var schoolId = (await db.CurrentSchoolAsync(ct))?.Id;
        var school = await db.Schools.AsNoTracking().Where(x => x.Id == schoolId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        return new ReportScope(schoolClass, period, today, ClassPeriodStudents.CountingDay(period.End, today), classes, periods)
        {
            School = school ?? "",
        };
    }

    /// <summary>
    /// Each counted student's missed lessons: attendance entries with an absence code on lessons of the class's teaching
    /// assignments (the class's and its groups') in the period, not after today, cancelled lessons aside.
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, MissedLessons>> MissedAsync(PartaDbContext db, ReportScope scope, CancellationToken ct)
    {
        var classId = scope.Class.Id;
        var students = ClassPeriodStudents.Ids(db, classId, scope.CountingDay);
        var (start, last) = (scope.Period.Start, scope.Period.End < scope.Today ? scope.Period.End : scope.Today);
        var rows = await (
                from a in db.Attendance
                join l in db.Lessons on a.LessonId equals l.Id
                join t in db.TeachingAssignments on l.TeachingAssignmentId equals t.Id
                join c in db.AttendanceCodes on a.Code equals c.Code
                where c.IsAbsence && l.Date >= start && l.Date <= last && l.Change != Scheduling.LessonChangeKind.Cancelled
                      && students.Contains(a.StudentId)
                      && (t.SchoolClassId == classId || (t.StudyGroup!.SchoolClassId != null && t.StudyGroup.SchoolClassId == classId))
                group a by new { a.StudentId, c.Kind } into g
                select new { g.Key.StudentId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.StudentId).ToDictionary(
            g => g.Key,
            g => new MissedLessons(
                g.Sum(r => r.Count),
                g.Where(r => r.Kind == AttendanceKind.Excused).Sum(r => r.Count),
                g.Where(r => r.Kind == AttendanceKind.Ill).Sum(r => r.Count)));
    }
}
