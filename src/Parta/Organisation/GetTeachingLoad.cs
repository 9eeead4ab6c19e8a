using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Organisation;

public sealed record TeacherLoad(Guid StaffMemberId, string Teacher, decimal Hours, int Assignments);

/// <summary>A subject of a class: hours of the curriculum against hours given to teachers.</summary>
public sealed record SubjectLoad(string Subject, decimal Curriculum, decimal Assigned)
{
    public decimal Gap => Curriculum - Assigned;
}

public sealed record ClassLoad(Guid SchoolClassId, string ClassName, decimal Curriculum, decimal Assigned, IReadOnlyList<SubjectLoad> Subjects)
{
    public bool HasGaps => Subjects.Any(s => s.Gap != 0);
}

/// <summary>The teaching load of a year (учебная нагрузка): hours per teacher, and per class the curriculum against the assignments.</summary>
public sealed record TeachingLoad(IReadOnlyList<TeacherLoad> Teachers, IReadOnlyList<ClassLoad> Classes);

/// <summary>
/// Builds <see cref="TeachingLoad"/>. A class's curriculum is its grade's lines, a class line replacing the grade's line
/// of the same subject. Assigned hours of a class are its own assignments plus, per subject, the largest of its groups'
/// (two halves of a class learning English at the same time count once).
/// </summary>
public sealed class GetTeachingLoad(PartaDbContext db)
{
    public sealed record Request(Guid AcademicYearId);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public async Task<Result<TeachingLoad>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var academicYearId = request.AcademicYearId;
        if (!await db.AcademicYears.AnyAsync(y => y.Id == academicYearId, ct))
        {
            return new YearNotFound();
        }

        var collation = RussianCulture.Collation;
        var assignments = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.AcademicYearId == academicYearId)
            .Select(a => new
            {
                a.StaffMemberId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
                a.SubjectId, a.SchoolClassId, GroupClassId = a.StudyGroup!.SchoolClassId, a.StudyGroupId, a.HoursPerWeek,
            })
            .ToListAsync(ct);
        var teachers = assignments
            .GroupBy(a => a.StaffMemberId)
            .Select(g => new TeacherLoad(g.Key, PersonName.Full(g.First().LastName, g.First().FirstName, g.First().MiddleName),
                g.Sum(a => a.HoursPerWeek), g.Count()))
            .OrderBy(t => t.Teacher, collation)
            .ToList();

        var classes = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == academicYearId)
            .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct);
        var lines = await db.CurriculumLines.AsNoTracking().Where(l => l.AcademicYearId == academicYearId)
            .Select(l => new CurriculumHours(l.SubjectId, l.Grade, l.SchoolClassId, l.HoursPerWeek)).ToListAsync(ct);
        var subjects = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);

        var classLoads = new List<ClassLoad>();
        foreach (var c in ClassOrder.Sort(classes, c => c.Grade, c => c.Letter))
        {
            var curriculum = ClassCurriculum.Of(lines, c.Grade, c.Id);

            var assigned = new Dictionary<Guid, decimal>();
            foreach (var bySubject in assignments.Where(a => a.SchoolClassId == c.Id || a.GroupClassId == c.Id).GroupBy(a => a.SubjectId))
            {
                var direct = bySubject.Where(a => a.SchoolClassId == c.Id).Sum(a => a.HoursPerWeek);
                var groups = bySubject.Where(a => a.StudyGroupId is not null).GroupBy(a => a.StudyGroupId)
                    .Select(g => g.Sum(a => a.HoursPerWeek)).DefaultIfEmpty(0).Max();
                assigned[bySubject.Key] = direct + groups;
            }

            var rows = curriculum.Keys.Union(assigned.Keys)
                .Select(id => subjects.FirstOrDefault(s => s.Id == id) is { } s
                    ? new { s.SortOrder, Row = new SubjectLoad(s.Name, curriculum.GetValueOrDefault(id), assigned.GetValueOrDefault(id)) }
                    : null)
                .Where(r => r is not null)
                .OrderBy(r => r!.SortOrder).ThenBy(r => r!.Row.Subject, collation)
                .Select(r => r!.Row)
                .ToList();
            classLoads.Add(new ClassLoad(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), rows.Sum(r => r.Curriculum), rows.Sum(r => r.Assigned), rows));
        }

        return new TeachingLoad(teachers, classLoads);
    }
}
