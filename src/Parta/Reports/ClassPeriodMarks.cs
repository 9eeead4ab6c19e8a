using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;

namespace Parta.Reports;

/// <summary>A subject as a report's column: the full name, the short one for narrow headers, its scale.</summary>
public sealed record ReportSubject(Guid Id, string Name, string ShortName, MarkScale Scale);

/// <summary>A final mark as the reports read it: whose, in which subject, of which period (null for the year's), the value.</summary>
public sealed record ReportFinalMark(Guid StudentId, Guid SubjectId, Guid? PeriodId, string Value);

/// <summary>
/// The period marks of a class's counted students (<see cref="ClassPeriodStudents"/>) in one or more periods, with the
/// subjects the class studies (its teaching assignments, the class's and its groups', and any subject that has a mark):
/// what the class teacher's report, the summary sheet and the progress report read, in one query each.
/// </summary>
public sealed record ClassPeriodMarks(IReadOnlyList<ReportStudent> Students, IReadOnlyList<ReportSubject> Subjects, IReadOnlyList<ReportFinalMark> Marks)
{
    /// <summary>The class's period marks of one period.</summary>
    public static Task<ClassPeriodMarks> LoadAsync(
        PartaDbContext db, ReportClass schoolClass, JournalPeriod period, DateOnly today, CancellationToken ct = default) =>
        LoadAsync(db, schoolClass, [period.Id], ClassPeriodStudents.CountingDay(period.End, today), withYear: false, ct);

    /// <summary>
    /// The class's marks of several periods (and the year marks with <paramref name="withYear"/>) of the students counted
    /// on <paramref name="countingDay"/>.
    /// </summary>
    public static async Task<ClassPeriodMarks> LoadAsync(
        PartaDbContext db, ReportClass schoolClass, IReadOnlyList<Guid> periodIds, DateOnly countingDay, bool withYear, CancellationToken ct = default)
    {
        var students = await ClassPeriodStudents.LoadAsync(db, schoolClass.Id, countingDay, ct);
        var ids = ClassPeriodStudents.Ids(db, schoolClass.Id, countingDay);
        var yearId = schoolClass.AcademicYearId;
        var marks = await db.FinalMarks.AsNoTracking()
            .Where(m => ids.Contains(m.StudentId)
                && ((m.Kind == FinalMarkKind.Period && m.PeriodId != null && periodIds.Contains(m.PeriodId.Value))
                    || (withYear && m.Kind == FinalMarkKind.Year && m.AcademicYearId == yearId)))
            .Select(m => new ReportFinalMark(m.StudentId, m.SubjectId, m.Kind == FinalMarkKind.Year ? null : m.PeriodId, m.Value))
            .ToListAsync(ct);

        var classId = schoolClass.Id;
        var taught = db.TeachingAssignments.Where(a => a.AcademicYearId == yearId
                && (a.SchoolClassId == classId || (a.StudyGroup!.SchoolClassId != null && a.StudyGroup.SchoolClassId == classId)))
            .Select(a => a.SubjectId);
        var marked = marks.Select(m => m.SubjectId).Distinct().ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => taught.Contains(s.Id) || marked.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.ShortName, s.Scale, s.SortOrder }).ToListAsync(ct);
        return new ClassPeriodMarks(
            students,
            subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation)
                .Select(s => new ReportSubject(s.Id, s.Name, s.ShortName, s.Scale)).ToList(),
            marks);
    }

    /// <summary>The counted students' ids.</summary>
    public IReadOnlyList<Guid> StudentIds => Students.Select(s => s.Id).ToList();

    /// <summary>A period's marks as the measures take them.</summary>
    public IEnumerable<(Guid StudentId, string Value)> Of(Guid periodId, Guid? subjectId = null) =>
        Marks.Where(m => m.PeriodId == periodId && (subjectId is null || m.SubjectId == subjectId)).Select(m => (m.StudentId, m.Value));

    /// <summary>The mark of a student in a subject and period (null: the year's), or null.</summary>
    public string? Mark(Guid studentId, Guid subjectId, Guid? periodId)
    {
        _byCell ??= Marks.GroupBy(m => (m.StudentId, m.SubjectId, m.PeriodId)).ToDictionary(g => g.Key, g => g.First().Value);
        return _byCell.TryGetValue((studentId, subjectId, periodId), out var value) ? value : null;
    }

    private Dictionary<(Guid, Guid, Guid?), string>? _byCell;
}
