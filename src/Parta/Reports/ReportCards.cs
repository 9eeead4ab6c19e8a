using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A subject's line of a report card: its period marks (in the order of the periods), the year, exam and final marks.</summary>
public sealed record ReportCardLine(string Subject, IReadOnlyList<string> Periods, string Year, bool HasExam, string Exam, string Final);

/// <summary>Табель успеваемости of one student for one year.</summary>
public sealed record ReportCard(
    Guid ClassId, ClassHeading Heading, DocumentStudent Student, IReadOnlyList<JournalPeriod> Periods, IReadOnlyList<ReportCardLine> Lines)
{
    public IReadOnlyList<string> PeriodNames => Periods.Select(p => p.Name).ToList();

    /// <summary>Whether any subject of the card ends with an exam (the exam column is printed then).</summary>
    public bool AnyExam => Lines.Any(l => l.HasExam);
}

/// <summary>
/// The report cards of a class's students for its year: subjects as rows (the subjects of the class's journals the
/// student is on, and every subject the student has a final mark in), the period marks, the year mark, the exam mark
/// where the curriculum has an exam (<see cref="CurriculumLine.Exam"/>) and the final mark, all from
/// <see cref="FinalMark"/>. A fixed number of queries for the whole class.
/// </summary>
public static class ReportCards
{
    public static async Task<IReadOnlyList<ReportCard>> ReadAsync(
        PartaDbContext db, ReportClass schoolClass, IReadOnlyList<DocumentStudent> students, CancellationToken ct)
    {
        var heading = await ClassDocuments.HeadingAsync(db, schoolClass, ct);
        var periods = await ReportPeriods.ForClassAsync(db, schoolClass, ct);
        var ids = students.Select(s => s.Id).ToList();
        var yearId = schoolClass.AcademicYearId;

        // The subjects of the class's journals: a class journal's for everybody, a group's for its members.
        var journals = await ClassDocuments.Assignments(db, schoolClass.Id).AsNoTracking()
            .Select(a => new { a.SubjectId, a.StudyGroupId }).Distinct().ToListAsync(ct);
        var groupIds = journals.Where(j => j.StudyGroupId != null).Select(j => j.StudyGroupId!.Value).Distinct().ToList();
        var members = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.StudyGroupId) && ids.Contains(m.StudentId))
            .Select(m => new { m.StudyGroupId, m.StudentId }).ToListAsync(ct);
        var marks = await db.FinalMarks.AsNoTracking()
            .Where(m => m.AcademicYearId == yearId && ids.Contains(m.StudentId))
            .Select(m => new { m.StudentId, m.SubjectId, m.Kind, m.PeriodId, m.Value }).ToListAsync(ct);
        var subjectIds = journals.Select(j => j.SubjectId).Concat(marks.Select(m => m.SubjectId)).Distinct().ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);
        var exams = (await db.CurriculumLines.AsNoTracking()
                .Where(l => l.AcademicYearId == yearId && l.Grade == schoolClass.Grade && (l.SchoolClassId == null || l.SchoolClassId == schoolClass.Id))
                .Select(l => new { l.SubjectId, l.SchoolClassId, l.Exam }).ToListAsync(ct))
            .GroupBy(l => l.SubjectId)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(l => l.SchoolClassId != null) ?? g.First()).Exam);

        var ordered = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).ToList();
        var memberOf = members.ToLookup(m => m.StudentId, m => m.StudyGroupId);
        var byStudent = marks.ToLookup(m => m.StudentId);
        return students.Select(student =>
        {
            var groups = memberOf[student.Id].ToHashSet();
            var own = byStudent[student.Id].ToList();
            var studied = journals.Where(j => j.StudyGroupId is null || groups.Contains(j.StudyGroupId.Value)).Select(j => j.SubjectId)
                .Concat(own.Select(m => m.SubjectId)).ToHashSet();
            var lines = ordered.Where(s => studied.Contains(s.Id)).Select(subject =>
            {
                var of = own.Where(m => m.SubjectId == subject.Id).ToList();
                string Value(FinalMarkKind kind, Guid? periodId = null) =>
                    of.FirstOrDefault(m => m.Kind == kind && (periodId is null || m.PeriodId == periodId))?.Value ?? "";
                var exam = exams.GetValueOrDefault(subject.Id);
                return new ReportCardLine(
                    subject.Name, periods.Select(p => Value(FinalMarkKind.Period, p.Id)).ToList(), Value(FinalMarkKind.Year), exam,
                    exam ? Value(FinalMarkKind.Exam) : "", Value(FinalMarkKind.Final));
            }).ToList();
            return new ReportCard(schoolClass.Id, heading, student, periods, lines);
        }).ToList();
    }
}

/// <summary>The report card of one student for a year (on screen and as PDF).</summary>
public sealed class GetReportCard(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    /// <param name="YearId">The year; the current one when not given.</param>
    public sealed record Request(Guid StudentId, Guid? YearId = null);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public async Task<Result<ReportCard>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var yearId = request.YearId
            ?? (await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct))?.Id;
        if (yearId is null)
        {
            return new YearNotFound();
        }

        var schoolClass = await ClassDocuments.StudentClassAsync(db, request.StudentId, yearId.Value, ct);
        var allowed = await access.StudentAsync(request.StudentId, schoolClass?.Id, ct);
        if (!allowed.Succeeded)
        {
            return allowed.Cast<ReportCard>();
        }

        if (schoolClass is null)
        {
            return new ReportAccess.StudentNotFound();
        }

        var student = await db.Students.AsNoTracking().Where(s => s.Id == request.StudentId)
            .Select(s => new DocumentStudent(s.Id, s.LastName, s.FirstName, s.MiddleName)).FirstAsync(ct);
        return (await ReportCards.ReadAsync(db, schoolClass, [student], ct))[0];
    }
}

/// <summary>
/// The report cards of a whole class for its year, one a student: those on the class's list on the year's last day,
/// or today while the year goes on.
/// </summary>
public sealed class GetClassReportCards(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    /// <param name="YearId">The class's year, if the caller names it (a class is of one year: another is not found).</param>
    public sealed record Request(Guid ClassId, Guid? YearId = null);

    public async Task<Result<IReadOnlyList<ReportCard>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await access.ClassAsync(request.ClassId, ct);
        if (!found.Succeeded)
        {
            return found.Cast<IReadOnlyList<ReportCard>>();
        }

        if (request.YearId is { } yearId && yearId != found.Value.AcademicYearId)
        {
            return new ReportAccess.ClassNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var yearEnd = await db.AcademicYears.Where(y => y.Id == found.Value.AcademicYearId).Select(y => y.End).FirstAsync(ct);
        var students = await ClassDocuments.StudentsOnAsync(db, found.Value.Id, ClassPeriodStudents.CountingDay(yearEnd, today), ct);
        return Result.Ok(await ReportCards.ReadAsync(db, found.Value, students, ct));
    }
}
