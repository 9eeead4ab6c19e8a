using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.Planning;
using Parta.Scheduling;

namespace Parta.Diary;

/// <summary>What kind of day a diary day is.</summary>
public enum DiaryDayKind
{
    /// <summary>A school day (it may still have no lessons of this student).</summary>
    School = 1,

    /// <summary>Sunday, or Saturday in a five-day week.</summary>
    Weekend = 2,

    /// <summary>Каникулы, a public holiday or a moved day off: <see cref="DiaryDay.Note"/> names it.</summary>
    Holiday = 3,

    /// <summary>Before or after the school year: nothing to show.</summary>
    OutsideYear = 4,
}

public sealed record DiaryMark(string Value, string WorkType, decimal Weight, string? Title);

public sealed record DiaryFile(Guid Id, string FileName);

/// <summary>A lesson of the student's diary: when, what, who, where, and what the teacher entered for the student.</summary>
/// <param name="Teacher">Who gives it (the substitute on a substitution), «Фамилия Имя Отчество».</param>
/// <param name="AbsentTeacher">On a substitution, the teacher who is replaced.</param>
/// <param name="Topic">The teacher's topic, else the lesson plan's laid on it, as the journal shows it.</param>
public sealed record DiaryLesson(
    Guid LessonId, int Number, TimeOnly? Start, TimeOnly? End, Guid SubjectId, string Subject, string Teacher, string? Room,
    LessonChangeKind? Change, string? AbsentTeacher, string? Topic, string? Homework, IReadOnlyList<DiaryFile> Files,
    IReadOnlyList<DiaryMark> Marks, string? Attendance, string? AttendanceName, string? Comment)
{
    public bool Cancelled => Change == LessonChangeKind.Cancelled;
}

public sealed record DiaryDay(DateOnly Date, DiaryDayKind Kind, string? Note, IReadOnlyList<DiaryLesson> Lessons);

/// <summary>A student's diary for a range of dates (a week by default): every date of the range, in order.</summary>
public sealed record StudentDiaryWeek(DiaryStudent Student, DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<DiaryDay> Days)
{
    public DateOnly PreviousWeek => From.AddDays(-7);

    public DateOnly NextWeek => From.AddDays(7);
}

/// <summary>
/// Reads a student's diary (дневник) for a week (Monday–Sunday of a date) or a range of at most
/// <see cref="GetLessons.MaxDays"/> days: each day with its lessons in order as the timetable gives them to the student
/// (class and group lessons, cancelled, substituted and moved ones marked), the topic and homework as the journal shows
/// them, the student's marks with their work type and weight, attendance and the teacher's comment; holidays named.
/// Access is <see cref="DiaryAccess"/>'s. A fixed number of queries whatever the length of the range.
/// </summary>
public sealed class GetDiaryWeek(PartaDbContext db, DiaryAccess access, TimeProvider time)
{
    public sealed record Request(Guid StudentId, DateOnly? Date = null, DateOnly? From = null, DateOnly? To = null);

    public sealed record RangeReversed() : Invalid("Дата окончания раньше даты начала.", "to");

    public sealed record RangeTooLong() : Invalid($"Дневник выдаётся за период не больше {GetLessons.MaxDays} дня: выберите даты поближе.", "to");

    public async Task<Result<StudentDiaryWeek>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(request.StudentId, ct);
        if (!opened.Succeeded)
        {
            return opened.Cast<StudentDiaryWeek>();
        }

        var student = opened.Value;
        var today = await SchoolClock.TodayAsync(db, time, ct);
        DateOnly from, to;
        if (request.From is not null || request.To is not null)
        {
            from = request.From ?? request.To!.Value;
            to = request.To ?? from.AddDays(6);
            if (to < from)
            {
                return new RangeReversed();
            }

            if (to.DayNumber - from.DayNumber + 1 > GetLessons.MaxDays)
            {
                return new RangeTooLong();
            }
        }
        else
        {
            from = MondayOf(request.Date ?? today);
            to = from.AddDays(6);
        }

        var days = await ReadAsync(student, from, to, ct);
        return new StudentDiaryWeek(student, from, to, today, days);
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private async Task<IReadOnlyList<DiaryDay>> ReadAsync(DiaryStudent student, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var studentId = student.Id;
        var rows = await LessonRows.ReadAsync(db, LessonsOf.Student, studentId, from, to, ct);

        // What the journal holds for these lessons, each a join from the lessons just read by id (the student's rule of
        // LessonsOf.Student is a correlated EXISTS that SQLite would run again for every one of these reads).
        var ids = rows.Select(r => r.LessonId).ToList();
        var lessons = db.Lessons.Where(l => ids.Contains(l.Id));
        var details = await lessons.AsNoTracking()
            .Select(l => new { l.Id, l.TeachingAssignmentId, l.Topic, l.Homework }).ToListAsync(ct);
        var marks = await (from l in lessons
                           join a in db.Assessments on l.Id equals a.LessonId
                           join m in db.Marks on a.Id equals m.AssessmentId
                           join w in db.WorkTypes on a.WorkTypeId equals w.Id
                           where m.StudentId == studentId
                           orderby a.Number
                           select new { a.LessonId, m.Value, WorkType = w.Name, w.Weight, a.Title }).AsNoTracking().ToListAsync(ct);
        var attendance = await (from l in lessons
                                join a in db.Attendance on l.Id equals a.LessonId
                                where a.StudentId == studentId
                                select new { a.LessonId, a.Code, a.Comment }).AsNoTracking().ToListAsync(ct);
        var files = await (from l in lessons
                           join f in db.HomeworkFiles on l.Id equals f.LessonId
                           orderby f.UploadedAt, f.FileName
                           select new { f.LessonId, f.Id, f.FileName }).AsNoTracking().ToListAsync(ct);
        var codeNames = await db.AttendanceCodes.AsNoTracking().Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        var assignments = details.Select(d => d.TeachingAssignmentId).Distinct().ToList();
        var planned = await PlanLaying.LayManyAsync(db, assignments, to, ct);
        var calendar = await CalendarAsync(student.Grade, from, to, ct);

        var byId = details.ToDictionary(d => d.Id);
        var marksOf = marks.ToLookup(m => m.LessonId);
        var attendanceOf = attendance.ToDictionary(a => a.LessonId);
        var filesOf = files.ToLookup(f => f.LessonId);
        var codes = codeNames.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First().Name);
        var lessonsOf = rows.ToLookup(r => r.Date);
        var result = new List<DiaryDay>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var (kind, note) = calendar(date);
            var dayLessons = lessonsOf[date].Select(r =>
            {
                var detail = byId.GetValueOrDefault(r.LessonId);
                var plan = detail is null ? null : planned.GetValueOrDefault(detail.TeachingAssignmentId)?.GetValueOrDefault(r.LessonId);
                var mark = attendanceOf.GetValueOrDefault(r.LessonId);
                return new DiaryLesson(
                    r.LessonId, r.Number, r.Start, r.End, r.SubjectId, r.Subject, r.TeacherFull, r.Room, r.Change, r.AbsentTeacher,
                    detail?.Topic ?? plan?.Title, detail?.Homework ?? plan?.Homework,
                    filesOf[r.LessonId].Select(f => new DiaryFile(f.Id, f.FileName)).ToList(),
                    marksOf[r.LessonId].Select(m => new DiaryMark(m.Value, m.WorkType, m.Weight, m.Title)).ToList(),
                    mark?.Code, mark?.Code is { } code ? codes.GetValueOrDefault(code) : null, mark?.Comment);
            }).ToList();
            result.Add(new DiaryDay(date, kind, note, dayLessons));
        }

        return result;
    }

    /// <summary>The school calendar of the student's grade over the range, in three queries, as a function of the date.</summary>
    private async Task<Func<DateOnly, (DiaryDayKind Kind, string? Note)>> CalendarAsync(int grade, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var years = await db.AcademicYears.AsNoTracking().Where(y => y.Start <= to && y.End >= from)
            .Select(y => new { y.Id, y.Start, y.End }).ToListAsync(ct);
        var yearIds = years.Select(y => y.Id).ToList();
        var daysPerWeek = await db.GradeSettings.AsNoTracking().Where(g => yearIds.Contains(g.AcademicYearId) && g.Grade == grade)
            .Select(g => new { g.AcademicYearId, g.DaysPerWeek }).ToListAsync(ct);
        var entries = await db.CalendarEntries.AsNoTracking()
            .Where(e => yearIds.Contains(e.AcademicYearId) && (e.Grade == null || e.Grade == grade) && e.Start <= to && e.End >= from)
            .Select(e => new { e.AcademicYearId, Day = new CalendarDayEntry(e.Kind, e.Start, e.End, e.Grade), e.Name }).ToListAsync(ct);
        return date =>
        {
            var year = years.FirstOrDefault(y => y.Start <= date && date <= y.End);
            if (year is null)
            {
                return (DiaryDayKind.OutsideYear, null);
            }

            var perWeek = daysPerWeek.FirstOrDefault(d => d.AcademicYearId == year.Id)?.DaysPerWeek ?? 5;
            var mine = entries.Where(e => e.AcademicYearId == year.Id).ToList();
            if (SchoolDayRule.IsSchoolDay(date, grade, perWeek, year.Start, year.End, mine.Select(e => e.Day)))
            {
                return (DiaryDayKind.School, null);
            }

            var off = mine.FirstOrDefault(e => e.Day.Kind is CalendarEntryKind.Holidays or CalendarEntryKind.PublicHoliday or CalendarEntryKind.DayOff
                && e.Day.Start <= date && date <= e.Day.End);
            return off is null ? (DiaryDayKind.Weekend, null) : (DiaryDayKind.Holiday, off.Name);
        };
    }
}
