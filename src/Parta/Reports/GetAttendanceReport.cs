using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Journal;
using Parta.Organisation;
using Parta.Printing;
using Parta.Scheduling;

namespace Parta.Reports;

/// <summary>What an attendance report covers: the whole school (per class), one class (per student) or one student (per subject).</summary>
public enum AttendanceScope
{
    School,
    Class,
    Student,
}

/// <summary>The attendance report as asked and as one table (the screen and the XLSX render the same <see cref="Table"/>).</summary>
public sealed record AttendanceReport(
    DateOnly From, DateOnly To, AttendanceScope Scope, Guid? ClassId, Guid? StudentId, bool SeesSchool,
    IReadOnlyList<ClassChoice> Classes, IReadOnlyList<ReportStudent> Students, ReportTable Table);

/// <summary>
/// Посещаемость for a date range: the attendance codes of the students' lessons (given, not cancelled, dated up to
/// today) while they were in the class (the movement book: a student who moved counts in each class for their days
/// there). Per student: lessons missed (every code that is an absence), and each code of the school («Н», «УП», «Б»,
/// «ОП»…); per class the same per student with the class's total; for the school per class with the school's total.
/// A range is at most a school year (366 days). reports.school opens every class; reports.class only the classes the
/// user leads (<see cref="ReportAccess"/>).
/// </summary>
public sealed class GetAttendanceReport(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    public const int MaxDays = 366;

    public sealed record Request(DateOnly? From = null, DateOnly? To = null, Guid? ClassId = null, Guid? StudentId = null);

    public sealed record FromAfterTo() : Invalid("Дата начала позже даты окончания.", "To");

    public sealed record RangeTooLong() : Invalid($"Отчёт строится не больше чем за учебный год: выберите период не длиннее {MaxDays} дней.", "To");

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public async Task<Result<AttendanceReport>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var granted = await access.PermissionsAsync(ct);
        var seesSchool = granted.Has(Permissions.ReportsSchool);
        if (!await access.SeesClassReportsAsync(ct))
        {
            return new ReportAccess.NoReports();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var from = request.From ?? monthStart;
        var to = request.To ?? monthStart.AddMonths(1).AddDays(-1);
        if (from > to)
        {
            return new FromAfterTo();
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            return new RangeTooLong();
        }

        var year = await SchoolClock.CurrentYearAsync(db, from, ct);
        var classes = year is null ? [] : await access.ClassesAsync(year.Id, ct);
        var codes = db.CurrentSchoolId is { } schoolId ? (await JournalSettings.LoadAsync(db, schoolId, ct)).AttendanceCodes : [];

        var classId = request.ClassId;
        var studentId = request.StudentId;
        if (studentId is { } asked && classId is { } inClass && !await db.ClassEnrolments.AnyAsync(
                e => e.StudentId == asked && e.SchoolClassId == inClass && e.From <= to && (e.Until == null || e.Until > from), ct))
        {
            // Another class chosen in the form while a student of the previous one was selected: the class's report.
            studentId = null;
        }

        if (studentId is { } student)
        {
            return await StudentAsync(student, classId, from, to, today, seesSchool, classes, codes, ct);
        }

        if (classId is null && !seesSchool)
        {
            var led = await access.LedClassIdsAsync(ct);
            classId = classes.FirstOrDefault(c => led.Contains(c.Id))?.Id ?? (led.Count > 0 ? led[0] : null);
            if (classId is null)
            {
                return new ReportAccess.NoReportAccess();
            }
        }

        if (classId is { } id)
        {
            var schoolClass = await access.ClassAsync(id, ct);
            if (!schoolClass.Succeeded)
            {
                return schoolClass.Cast<AttendanceReport>();
            }

            return await ClassAsync(schoolClass.Value, from, to, today, seesSchool, classes, codes, ct);
        }

        return await SchoolAsync(from, to, today, classes, codes, ct);
    }

    /// <summary>An attendance code of a lesson (a class with properties, not a positional record, so that queries filter on it).</summary>
    private sealed class Absence
    {
        public Guid ClassId { get; init; }
        public Guid StudentId { get; init; }
        public string Subject { get; init; } = "";
        public string Code { get; init; } = "";
    }

    /// <summary>The attendance codes of the range's given lessons, each with the class the student was in on the lesson's day.</summary>
    private IQueryable<Absence> Absences(DateOnly from, DateOnly to, DateOnly today)
    {
        var until = to < today ? to : today;
        return from l in db.Lessons.AsNoTracking()
               where l.Date >= @from && l.Date <= until && l.Change != LessonChangeKind.Cancelled
               join a in db.Attendance on l.Id equals a.LessonId
               where a.Code != null
               join e in db.ClassEnrolments on a.StudentId equals e.StudentId
               where e.From <= l.Date && (e.Until == null || e.Until > l.Date)
               join s in db.Subjects on l.SubjectId equals s.Id
               select new Absence { ClassId = e.SchoolClassId, StudentId = a.StudentId, Subject = s.Name, Code = a.Code! };
    }

    private async Task<Result<AttendanceReport>> SchoolAsync(
        DateOnly from, DateOnly to, DateOnly today, IReadOnlyList<ClassChoice> classes, IReadOnlyList<AttendanceCodeInfo> codes, CancellationToken ct)
    {
        var counts = await Absences(from, to, today).GroupBy(a => new { a.ClassId, a.Code })
            .Select(g => new { g.Key.ClassId, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        var classIds = classes.Select(c => c.Id).ToList();
        var students = await db.ClassEnrolments.AsNoTracking()
            .Where(e => classIds.Contains(e.SchoolClassId) && e.From <= to && (e.Until == null || e.Until > from))
            .GroupBy(e => e.SchoolClassId).Select(g => new { g.Key, Count = g.Select(e => e.StudentId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var byClass = counts.ToLookup(c => c.ClassId, c => (c.Code, c.Count));
        var rows = classes.Select(c => Row([c.Name, ReportCell.Count(students.GetValueOrDefault(c.Id))], byClass[c.Id], codes)).ToList();
        if (rows.Count > 0)
        {
            rows.Add(Row(["Итого по школе", ReportCell.Count(students.Values.Sum())],
                counts.Where(c => classIds.Contains(c.ClassId)).Select(c => (c.Code, c.Count)), codes) with { Total = true });
        }

        var table = Table("Посещаемость по школе", [new("Класс"), new("Учащихся", true)], rows, codes, from, to, []);
        return new AttendanceReport(from, to, AttendanceScope.School, null, null, true, classes, [], table);
    }

    private async Task<Result<AttendanceReport>> ClassAsync(
        ReportClass schoolClass, DateOnly from, DateOnly to, DateOnly today, bool seesSchool, IReadOnlyList<ClassChoice> classes,
        IReadOnlyList<AttendanceCodeInfo> codes, CancellationToken ct)
    {
        var counts = await Absences(from, to, today).Where(a => a.ClassId == schoolClass.Id).GroupBy(a => new { a.StudentId, a.Code })
            .Select(g => new { g.Key.StudentId, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        var students = await StudentsAsync(schoolClass.Id, from, to, ct);
        var byStudent = counts.ToLookup(c => c.StudentId, c => (c.Code, c.Count));
        var rows = students.Select(s => Row([s.FullName], byStudent[s.Id], codes)).ToList();
        if (rows.Count > 0)
        {
            rows.Add(Row(["Итого по классу"], counts.Select(c => (c.Code, c.Count)), codes) with { Total = true });
        }

        var table = Table($"Посещаемость {schoolClass.Name} класса", [new("Учащийся")], rows, codes, from, to,
            schoolClass.ClassTeacher is { } teacher ? [$"Классный руководитель: {teacher}"] : []);
        return new AttendanceReport(from, to, AttendanceScope.Class, schoolClass.Id, null, seesSchool, classes, students, table);
    }

    private async Task<Result<AttendanceReport>> StudentAsync(
        Guid studentId, Guid? classId, DateOnly from, DateOnly to, DateOnly today, bool seesSchool, IReadOnlyList<ClassChoice> classes,
        IReadOnlyList<AttendanceCodeInfo> codes, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).FirstOrDefaultAsync(ct);
        if (student is null)
        {
            return new StudentNotFound();
        }

        // The student's classes in the range; the user must open the reports of one of them (the asked one, if any).
        var inClasses = await db.ClassEnrolments.AsNoTracking()
            .Where(e => e.StudentId == studentId && e.From <= to && (e.Until == null || e.Until > from))
            .OrderByDescending(e => e.From).Select(e => e.SchoolClassId).ToListAsync(ct);
        ReportClass? opened = null;
        foreach (var id in classId is { } only ? [only] : inClasses.Distinct().ToList())
        {
            var result = await access.ClassAsync(id, ct);
            if (result.Succeeded)
            {
                opened = result.Value;
                break;
            }
        }

        if (opened is null)
        {
            return new ReportAccess.NoReportAccess();
        }

        var absences = Absences(from, to, today).Where(a => a.StudentId == studentId);
        if (!seesSchool)
        {
            // A class teacher sees the student's days in the class they lead only.
            absences = absences.Where(a => a.ClassId == opened.Id);
        }

        var counts = await absences.GroupBy(a => new { a.Subject, a.Code }).Select(g => new { g.Key.Subject, g.Key.Code, Count = g.Count() })
            .ToListAsync(ct);
        var bySubject = counts.ToLookup(c => c.Subject, c => (c.Code, c.Count));
        var rows = bySubject.Select(g => g.Key).Order(RussianCulture.Collation).Select(s => Row([s], bySubject[s], codes)).ToList();
        if (rows.Count > 0)
        {
            rows.Add(Row(["Итого"], counts.Select(c => (c.Code, c.Count)), codes) with { Total = true });
        }

        var name = PersonName.Full(student.LastName, student.FirstName, student.MiddleName);
        var table = Table($"Посещаемость: {name}", [new("Предмет")], rows, codes, from, to, [$"Класс: {opened.Name}"]);
        table = table with { EmptyText = "Пропусков и опозданий нет." };
        var students = await StudentsAsync(opened.Id, from, to, ct);
        return new AttendanceReport(from, to, AttendanceScope.Student, opened.Id, studentId, seesSchool, classes, students, table);
    }

    /// <summary>The students in the class at any time in the range, alphabetically.</summary>
    private async Task<List<ReportStudent>> StudentsAsync(Guid classId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.ClassEnrolments.AsNoTracking()
            .Where(e => e.SchoolClassId == classId && e.From <= to && (e.Until == null || e.Until > from))
            .Select(e => new { e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName }).ToListAsync(ct);
        return rows.DistinctBy(r => r.StudentId).Select(r => new ReportStudent(r.StudentId, PersonName.Full(r.LastName, r.FirstName, r.MiddleName)))
            .OrderBy(s => s.FullName, RussianCulture.Collation).ThenBy(s => s.Id).ToList();
    }

    /// <summary>A row: its leading cells, then lessons missed (the absence codes), then each code's count.</summary>
    private static ReportRow Row(ReportCell[] head, IEnumerable<(string Code, int Count)> counts, IReadOnlyList<AttendanceCodeInfo> codes)
    {
        var byCode = counts.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        var missed = codes.Where(c => c.IsAbsence).Sum(c => byCode.GetValueOrDefault(c.Code));
        return new ReportRow([.. head, ReportCell.Count(missed), .. codes.Select(c => ReportCell.Count(byCode.GetValueOrDefault(c.Code)))]);
    }

    private static ReportTable Table(
        string title, ReportColumn[] head, List<ReportRow> rows, IReadOnlyList<AttendanceCodeInfo> codes, DateOnly from, DateOnly to, string[] subtitle) =>
        new(title, [.. head, new("Пропущено уроков", true), .. codes.Select(c => new ReportColumn(c.Code, true) { Hint = c.Name })], rows)
        {
            Subtitle = [$"С {RussianDate.Show(from)} по {RussianDate.Show(to)}", .. subtitle],
            RowHeaderColumns = 1,
            Footer =
            [
                "Пропущено уроков — отметки посещаемости, которые означают пропуск (" + string.Join(", ", codes.Where(c => c.IsAbsence).Select(c => c.Code)) + "); "
                + "считаются проведённые уроки по сегодняшний день, пока учащийся был в классе.",
                .. codes.Select(c => $"{c.Code} — {c.Name}"),
            ],
            EmptyText = "Учащихся нет.",
        };
}
