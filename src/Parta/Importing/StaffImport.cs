using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>Rows of staff: cards matched by full name (and birth date), created or updated.</summary>
internal sealed class StaffImport(PartaDbContext db) : IImportKind
{
    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var staff = await db.StaffMembers.ToListAsync(ct);
        var byName = staff.ToLookup(s => ImportKeys.NameKey(s.LastName, s.FirstName, s.MiddleName));
        var tally = run.Tally("Сотрудники");
        var inFile = new Dictionary<(string, DateOnly?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Name(row, ImportKinds.FullName, required: true);
            var birthDate = run.Date(row, ImportKinds.BirthDate, required: false);
            var positions = run.Text(row, ImportKinds.Positions, 300);
            var phone = run.Text(row, ImportKinds.Phone, 40);
            var email = run.Email(row, ImportKinds.Email);
            if (run.Errors.Count > errorsBefore || name is not { } fullName)
            {
                continue;
            }

            var key = ImportKeys.NameKey(fullName.Last, fullName.First, fullName.Middle);
            if (inFile.TryGetValue((key, birthDate), out var sameRow))
            {
                run.Error(row, ImportKinds.FullName, $"этот сотрудник уже есть в строке {sameRow}");
                continue;
            }

            inFile[(key, birthDate)] = row.Number;
            var candidates = byName[key].Where(s => birthDate is null || s.BirthDate is null || s.BirthDate == birthDate).ToList();
            if (candidates.Count > 1)
            {
                candidates = candidates.Where(s => s.BirthDate == birthDate).ToList();
            }

            if (candidates.Count > 1)
            {
                run.Error(row, ImportKinds.FullName, "в школе несколько сотрудников с таким ФИО: укажите дату рождения");
                continue;
            }

            var member = candidates.SingleOrDefault();
            if (member is null)
            {
                member = new StaffMember { SchoolId = schoolId, LastName = fullName.Last, FirstName = fullName.First, MiddleName = fullName.Middle };
                db.StaffMembers.Add(member);
            }

            member.BirthDate = birthDate ?? member.BirthDate;
            if (positions is not null)
            {
                member.Positions = string.Join("; ", positions.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            member.Phone = phone ?? member.Phone;
            member.Email = email ?? member.Email;
            tally.Add(member);
            run.Line(row, member.FullName, member);
        }
    }
}
