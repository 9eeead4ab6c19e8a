using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;

namespace Parta.Reports;

/// <summary>A student's subject in the progress report: the marks of the period in date order, the weighted average, the period mark.</summary>
public sealed record ProgressLine(ReportSubject Subject, IReadOnlyList<string> Marks, decimal? Weighted, string? PeriodMark);

/// <summary>One student's progress for the period.</summary>
public sealed record StudentProgress(ReportStudent Student, IReadOnlyList<ProgressLine> Lines);

/// <summary>The progress report of a class (or of one student of it) for a period.</summary>
/// <param name="Choices">The counted students, for the student picker.</param>
public sealed record ClassProgress(ReportScope Scope, IReadOnlyList<ReportStudent> Choices, Guid? StudentId, IReadOnlyList<StudentProgress> Students);

/// <summary>
/// Успеваемость учащихся за период: for each counted student (<see cref="ClassPeriodStudents"/>), every subject of the
/// class with the student's marks of the period's lessons, the weighted average — only <see cref="WeightedAverage.Of"/>
/// over the marks <see cref="StudentAverage.Marks"/> reads, as the journal shows it — and the period mark.
/// </summary>
public sealed class GetStudentProgress(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    public sealed record Request(Guid? ClassId, Guid? PeriodId, Guid? StudentId = null);

    public sealed record StudentNotInClass() : Invalid("Этого учащегося нет в классе в этот период.", "StudentId");

    public async Task<Result<ClassProgress>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var scope = await GetClassPeriodReport.ScopeAsync(db, access, time, request.ClassId, request.PeriodId, ct);
        if (!scope.Succeeded)
        {
            return scope.Cast<ClassProgress>();
        }

        var s = scope.Value;
        var classMarks = await ClassPeriodMarks.LoadAsync(db, s.Class, s.Period, s.Today, ct);
        var students = classMarks.Students;
        if (request.StudentId is { } only)
        {
            students = students.Where(st => st.Id == only).ToList();
            if (students.Count == 0)
            {
                return new StudentNotInClass();
            }
        }

        var ids = students.Select(st => st.Id).ToList();
        var counted = ClassPeriodStudents.Ids(db, s.Class.Id, s.CountingDay).Where(id => ids.Contains(id));
        var (start, end) = (s.Period.Start, s.Period.End);
        var classId = s.Class.Id;
        var yearId = s.Class.AcademicYearId;
        var assignments = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.AcademicYearId == yearId && (a.SchoolClassId == classId || (a.StudyGroup!.SchoolClassId != null && a.StudyGroup.SchoolClassId == classId)))
            .Select(a => new { a.Id, a.SubjectId }).ToListAsync(ct);

        // The marks as the journal shows them (every value, five-point or not), in date order.
        var assignmentIds = assignments.Select(a => a.Id).ToList();
        var shown = await (
                from m in db.Marks
                join a in db.Assessments on m.AssessmentId equals a.Id
                join l in db.Lessons on a.LessonId equals l.Id
                where assignmentIds.Contains(l.TeachingAssignmentId) && l.Date >= start && l.Date <= end && counted.Contains(m.StudentId)
                select new { m.StudentId, l.SubjectId, l.Date, LessonNumber = l.Number, AssessmentNumber = a.Number, m.Value })
            .AsNoTracking().ToListAsync(ct);
        var marksOf = shown.OrderBy(m => m.Date).ThenBy(m => m.LessonNumber).ThenBy(m => m.AssessmentNumber)
            .ToLookup(m => (m.StudentId, m.SubjectId), m => m.Value);

        // The averages: the journal's one function over the marks its one query reads, per subject (a subject may have
        // several assignments, e.g. a student who changed groups).
        var weighted = new Dictionary<(Guid, Guid), decimal>();
        foreach (var subject in assignments.GroupBy(a => a.SubjectId))
        {
            var marks = new List<StudentAverage.WeightedMark>();
            foreach (var assignment in subject)
            {
                marks.AddRange(await StudentAverage.Marks(db, assignment.Id, start, end, counted).AsNoTracking().ToListAsync(ct));
            }

            foreach (var (studentId, average) in StudentAverage.Of(marks))
            {
                weighted[(studentId, subject.Key)] = average;
            }
        }

        var progress = students.Select(student => new StudentProgress(student, classMarks.Subjects.Select(subject =>
                new ProgressLine(
                    subject,
                    marksOf[(student.Id, subject.Id)].ToList(),
                    weighted.TryGetValue((student.Id, subject.Id), out var average) ? average : null,
                    classMarks.Mark(student.Id, subject.Id, s.Period.Id)))
            .ToList())).ToList();
        return new ClassProgress(s, classMarks.Students, request.StudentId, progress);
    }
}
