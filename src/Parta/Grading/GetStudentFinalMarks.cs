using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Grading;

/// <summary>A subject's final marks of a student in a year: each period's (null where not set), the year, exam and final marks.</summary>
public sealed record SubjectFinalMarks(
    Guid SubjectId, string Subject, IReadOnlyList<(Guid PeriodId, string PeriodName, string? Value)> Periods, string? Year, string? Exam, string? Final);

/// <summary>A student's final marks of a year (the report card's and the diary's data).</summary>
public sealed record StudentFinalMarks(Guid StudentId, string FullName, string? ClassName, Guid YearId, IReadOnlyList<SubjectFinalMarks> Subjects);

/// <summary>
/// Reads a student's final marks for a year: the subjects the student's class (and groups) were taught and any with a
/// final mark, in the school's subject order; the periods of the class's period scheme. Who reads: the student, their
/// guardians (diary.view), the administration (journal.view.all) and the class teacher of the student's class
/// (journal.view.class) — <see cref="Diary.DiaryAccess"/>'s rule, which also finds a child in another school of the parent's.
/// Anyone else, another school and a withdrawn student get «not found»: a child's existence is private.
/// </summary>
public sealed class GetStudentFinalMarks(PartaDbContext db, Diary.DiaryAccess access, TimeProvider time)
{
    public sealed record Request(Guid StudentId, Guid? YearId = null);

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public async Task<Result<StudentFinalMarks>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(request.StudentId, ct);
        if (!opened.Succeeded)
        {
            return new StudentNotFound();
        }

        var student = opened.Value;
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var yearId = request.YearId
            ?? (await SchoolClock.CurrentYearAsync(db, today, ct))?.Id;
        var classes = await db.ClassEnrolments.AsNoTracking().Where(e => e.StudentId == student.Id)
            .Join(db.SchoolClasses.Where(c => c.AcademicYearId == yearId), e => e.SchoolClassId, c => c.Id,
                (e, c) => new { c.Id, c.Grade, c.Letter, c.ClassTeacherId, e.From })
            .OrderByDescending(x => x.From).ToListAsync(ct);
        if (yearId is null || !await db.AcademicYears.AnyAsync(y => y.Id == yearId, ct))
        {
            return new YearNotFound();
        }

        var current = classes.FirstOrDefault();
        var periods = await GradePeriods.Of(db, yearId.Value, current?.Grade).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var marks = await db.FinalMarks.AsNoTracking().Where(m => m.StudentId == student.Id && m.AcademicYearId == yearId)
            .Select(m => new { m.SubjectId, m.Kind, m.PeriodId, m.Value }).ToListAsync(ct);
        var classIds = classes.Select(c => c.Id).ToList();
        var taught = db.TeachingAssignments.Where(a => a.AcademicYearId == yearId
            && ((a.SchoolClassId != null && classIds.Contains(a.SchoolClassId.Value))
                || db.StudyGroupMembers.Any(m => m.StudyGroupId == a.StudyGroupId && m.StudentId == student.Id)))
            .Select(a => a.SubjectId);
        var markedSubjects = marks.Select(m => m.SubjectId).Distinct().ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => taught.Contains(s.Id) || markedSubjects.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);

        var rows = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).Select(s =>
        {
            var mine = marks.Where(m => m.SubjectId == s.Id).ToList();
            return new SubjectFinalMarks(
                s.Id, s.Name,
                periods.Select(p => (p.Id, p.Name, mine.FirstOrDefault(m => m.Kind == FinalMarkKind.Period && m.PeriodId == p.Id)?.Value)).ToList(),
                mine.FirstOrDefault(m => m.Kind == FinalMarkKind.Year)?.Value,
                mine.FirstOrDefault(m => m.Kind == FinalMarkKind.Exam)?.Value,
                mine.FirstOrDefault(m => m.Kind == FinalMarkKind.Final)?.Value);
        }).ToList();
        return new StudentFinalMarks(student.Id, student.FullName,
            current is null ? null : SchoolClass.NameOf(current.Grade, current.Letter), yearId.Value, rows);
    }
}
