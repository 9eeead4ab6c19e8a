using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>Rows of the teaching load (учебная нагрузка): teacher, subject, class or group, hours.</summary>
internal sealed class AssignmentsImport(PartaDbContext db) : IImportKind
{
    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var staff = await ImportKeys.StaffByNameAsync(db, ct);
        var subjects = await ImportKeys.SubjectsByNameAsync(db, ct);
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
            var subject = run.Lookup(row, ImportKinds.Subject, subjects, "нет такого предмета", required: true);
            var hours = run.Hours(row, ImportKinds.HoursPerWeek, required: false);
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
