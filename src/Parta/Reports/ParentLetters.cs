using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A subject's line of the letter: the period mark («» when not set yet), the weighted average of the period, and whether it puts the student at risk.</summary>
public sealed record LetterLine(string Subject, string Mark, decimal? Average)
{
    /// <summary>A failing period mark: 2, 1, «незач» or «н/а».</summary>
    public bool AtRisk => Mark is "2" or "1" or MarkScales.Fail or FinalMarkValues.NotAssessed;
}

/// <summary>Информационное письмо родителям of one student for one period.</summary>
public sealed record ParentLetter(
    ClassHeading Heading, JournalPeriod Period, DocumentStudent Student, IReadOnlyList<LetterLine> Lines, int Missed, int MissedExcused, int MissedIll)
{
    public IReadOnlyList<LetterLine> AtRisk => Lines.Where(l => l.AtRisk).ToList();
}

/// <summary>
/// The information letters to parents for a period: the whole class (one a student counted for the period by
/// <see cref="ClassPeriodStudents"/>: on the class's list on the period's last day, or today while it goes on) or one student. Each: the period marks by subject
/// with the period's weighted average (<see cref="StudentAverage"/> and <see cref="WeightedAverage"/>, the journal's
/// own), the missed lessons of the period up to today (total, for a valid reason, for illness) and the subjects at risk.
/// </summary>
public sealed class GetParentLetters(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    public sealed record Request(Guid ClassId, Guid PeriodId, Guid? StudentId = null);

    public sealed record PeriodNotFound() : NotFound("Учебный период не найден.");

    /// <summary>The family side asks for the letter of a period not yet closed for the class: it is published by closing.</summary>
    public sealed record NotPublished(string Period)
        : NotFound($"Письмо за период «{Period}» ещё не опубликовано: оно появится, когда период будет закрыт.");

    public async Task<Result<IReadOnlyList<ParentLetter>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        Result<ReportClass> found;
        var familySide = false;
        if (request.StudentId is { } studentId)
        {
            // One student: the family side may print it too, so the student's rule decides (not the class's).
            found = await ClassOfAsync(request.ClassId, ct);
            var allowed = found.Succeeded ? await access.StudentAsync(studentId, request.ClassId, ct) : studentId;
            if (!allowed.Succeeded)
            {
                return allowed.Cast<IReadOnlyList<ParentLetter>>();
            }

            familySide = found.Succeeded && !(await access.ClassAsync(request.ClassId, ct)).Succeeded;
        }
        else
        {
            found = await access.ClassAsync(request.ClassId, ct);
        }

        if (!found.Succeeded)
        {
            return found.Cast<IReadOnlyList<ParentLetter>>();
        }

        var schoolClass = found.Value;
        var asked = await ReportPeriods.FindAsync(db, schoolClass, request.PeriodId, ct);
        if (!asked.Succeeded)
        {
            return new PeriodNotFound();
        }

        var period = asked.Value;
        if (familySide && !period.Closed)
        {
            // A family reads the letter once the period's marks are final: closing the period publishes it.
            return new NotPublished(period.Name);
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        IReadOnlyList<DocumentStudent> students;
        if (request.StudentId is { } one)
        {
            // The student, when they were in the class at some time of the period.
            students = await db.ClassEnrolments.AsNoTracking()
                .Where(e => e.StudentId == one && e.SchoolClassId == schoolClass.Id && e.From <= period.End && (e.Until == null || e.Until > period.Start))
                .Select(e => new DocumentStudent(e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName))
                .Take(1).ToListAsync(ct);
            if (students.Count == 0)
            {
                return new ReportAccess.StudentNotFound();
            }
        }
        else
        {
            students = await ClassDocuments.StudentsOnAsync(db, schoolClass.Id, ClassPeriodStudents.CountingDay(period.End, today), ct);
        }

        return Result.Ok(await ReadAsync(schoolClass, period, students, today, ct));
    }

    /// <summary>The class as a document names it, without the class's rule (the student's rule lets the user in).</summary>
    private async Task<Result<ReportClass>> ClassOfAsync(Guid classId, CancellationToken ct)
    {
        var row = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new { c.Id, c.Grade, c.Letter, c.AcademicYearId, c.ClassTeacherId }).FirstOrDefaultAsync(ct);
        return row is null
            ? new ReportAccess.ClassNotFound()
            : new ReportClass(row.Id, SchoolClass.NameOf(row.Grade, row.Letter), row.AcademicYearId, row.Grade, row.ClassTeacherId, null);
    }

    private async Task<IReadOnlyList<ParentLetter>> ReadAsync(
        ReportClass schoolClass, JournalPeriod period, IReadOnlyList<DocumentStudent> students, DateOnly today, CancellationToken ct)
    {
        var heading = await ClassDocuments.HeadingAsync(db, schoolClass, ct);
        var ids = students.Select(s => s.Id).ToList();
        var assignments = await ClassDocuments.Assignments(db, schoolClass.Id).AsNoTracking()
            .Select(a => new { a.Id, a.SubjectId, a.StudyGroupId, Subject = a.Subject!.Name, a.Subject.SortOrder }).ToListAsync(ct);
        var groupIds = assignments.Where(a => a.StudyGroupId != null).Select(a => a.StudyGroupId!.Value).Distinct().ToList();
        var members = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.StudyGroupId) && ids.Contains(m.StudentId))
            .Select(m => new { m.StudyGroupId, m.StudentId }).ToListAsync(ct);
        var marks = await db.FinalMarks.AsNoTracking()
            .Where(m => m.Kind == FinalMarkKind.Period && m.PeriodId == period.Id && ids.Contains(m.StudentId))
            .Select(m => new { m.StudentId, m.SubjectId, m.Value, Subject = db.Subjects.Where(s => s.Id == m.SubjectId).Select(s => new { s.Name, s.SortOrder }).First() })
            .ToListAsync(ct);

        // The averages: the journal's own marks query and function, per journal, gathered by subject.
        var weighted = new Dictionary<Guid, List<StudentAverage.WeightedMark>>();
        foreach (var assignment in assignments)
        {
            var read = await StudentAverage.Marks(db, assignment.Id, period.Start, period.End).AsNoTracking().ToListAsync(ct);
            if (!weighted.TryGetValue(assignment.SubjectId, out var list))
            {
                weighted[assignment.SubjectId] = list = [];
            }

            list.AddRange(read.Where(m => ids.Contains(m.StudentId)));
        }

        var averages = weighted.ToDictionary(kv => kv.Key, kv => StudentAverage.Of(kv.Value));

        // Missed lessons: absences of the class's journals in the period, up to today.
        var last = period.End < today ? period.End : today;
        var classJournals = ClassDocuments.Assignments(db, schoolClass.Id).Select(a => a.Id);
        var missed = await (from a in db.Attendance
                            join l in db.Lessons on a.LessonId equals l.Id
                            join c in db.AttendanceCodes on a.Code equals c.Code
                            where classJournals.Contains(l.TeachingAssignmentId) && l.Date >= period.Start && l.Date <= last && c.IsAbsence
                                  && ids.Contains(a.StudentId)
                            group a by new { a.StudentId, c.Kind } into g
                            select new { g.Key.StudentId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);

        var subjects = assignments.Select(a => (a.SubjectId, a.Subject, a.SortOrder))
            .Concat(marks.Select(m => (m.SubjectId, m.Subject.Name, m.Subject.SortOrder)))
            .DistinctBy(s => s.SubjectId)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Item2, RussianCulture.Collation).ToList();
        var memberOf = members.ToLookup(m => m.StudentId, m => m.StudyGroupId);
        var marksOf = marks.ToLookup(m => m.StudentId);
        var missedOf = missed.ToLookup(m => m.StudentId);
        return students.Select(student =>
        {
            var groups = memberOf[student.Id].ToHashSet();
            var own = marksOf[student.Id].ToDictionary(m => m.SubjectId, m => m.Value);
            var studied = assignments.Where(a => a.StudyGroupId is null || groups.Contains(a.StudyGroupId.Value)).Select(a => a.SubjectId).ToHashSet();
            var lines = subjects.Where(s => studied.Contains(s.SubjectId) || own.ContainsKey(s.SubjectId))
                .Select(s => new LetterLine(s.Item2, own.GetValueOrDefault(s.SubjectId) ?? "",
                    averages.GetValueOrDefault(s.SubjectId) is { } of && of.TryGetValue(student.Id, out var average) ? average : null))
                .ToList();
            var absences = missedOf[student.Id].ToList();
            return new ParentLetter(heading, period, student, lines, absences.Sum(a => a.Count),
                absences.Where(a => a.Kind == AttendanceKind.Excused).Sum(a => a.Count), absences.Where(a => a.Kind == AttendanceKind.Ill).Sum(a => a.Count));
        }).ToList();
    }
}
