using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Importing;

/// <summary>
/// Rows of the teaching load (учебная нагрузка): teacher, subject, class or group, hours — the hours by the rule of
/// <see cref="SaveTeachingAssignment.CheckHours"/>. Empty hours keep an existing line's; a new line needs them.
/// </summary>
internal sealed class AssignmentsImport(PartaDbContext db) : IImportKind
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(SaveTeachingAssignment.Request.HoursPerWeek)] = ImportKinds.HoursPerWeek,
        [nameof(SaveTeachingAssignment.Request.StaffMemberId)] = ImportKinds.Teacher,
        [nameof(SaveTeachingAssignment.Request.SubjectId)] = ImportKinds.Subject,
        [nameof(SaveTeachingAssignment.Request.SchoolClassId)] = ImportKinds.ClassOrGroup,
    };

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var staff = await ImportKeys.StaffByNameAsync(db, ct);
        var subjects = await OrganisationImportRules.SubjectsByNameAsync(db, ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ImportKeys.ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var groups = (await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == year.Id).ToListAsync(ct))
            .GroupBy(g => g.Name.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var assignments = (await db.TeachingAssignments.Where(a => a.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(a => (a.StaffMemberId, a.SubjectId, a.SchoolClassId, a.StudyGroupId));
        var tally = run.Tally("Учебная нагрузка");
        var inFile = new Dictionary<(Guid, Guid, Guid?, Guid?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var teacher = run.Staff(row, ImportKinds.Teacher, staff, required: true);
            var subject = run.SubjectNamed(row, subjects);
            var hours = run.WeeklyHours(row, required: false);
            if (hours is { } h)
            {
                var checks = new Checks();
                SaveTeachingAssignment.CheckHours(checks, h);
                run.Report(row, checks, Columns, ImportKinds.HoursPerWeek);
            }

            SchoolClass? schoolClass = null;
            StudyGroup? group = null;
            var target = run.Text(row, ImportKinds.ClassOrGroup, 100, required: true);
            if (target is not null)
            {
                if (ImportKeys.ParseClass(target) is { } parsedClass && classes.TryGetValue(ImportKeys.ClassKey(parsedClass.Grade, parsedClass.Letter), out var c))
                {
                    schoolClass = c;
                }
                else if (groups.TryGetValue(target.ToUpperInvariant(), out var found) && found.Count == 1)
                {
                    group = found[0];
                }
                else
                {
                    run.Error(row, ImportKinds.ClassOrGroup, $"нет такого класса или группы в {year.Name} учебном году: «{target}»");
                }
            }

            if (run.Errors.Count > errorsBefore || teacher is null || subject is null || (schoolClass is null && group is null))
            {
                continue;
            }

            var key = (teacher.Id, subject.Id, schoolClass?.Id, group?.Id);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Teacher, $"эта нагрузка уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!assignments.TryGetValue(key, out var assignment))
            {
                if (hours is null)
                {
                    run.Error(row, ImportKinds.HoursPerWeek, "укажите часы в неделю для новой нагрузки");
                    continue;
                }

                assignment = new TeachingAssignment
                {
                    SchoolId = schoolId, AcademicYearId = year.Id, StaffMemberId = teacher.Id, SubjectId = subject.Id,
                    SchoolClassId = schoolClass?.Id, StudyGroupId = group?.Id,
                };
                db.TeachingAssignments.Add(assignment);
                assignments[key] = assignment;
            }

            assignment.HoursPerWeek = hours ?? assignment.HoursPerWeek;
            tally.Add(assignment);
            run.Line(row, $"{teacher.FullName}: {subject.Name}, {schoolClass?.Name ?? group!.Name}", assignment);
        }
    }
}
