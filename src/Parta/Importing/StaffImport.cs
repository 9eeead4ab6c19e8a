using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>
/// Rows of staff: cards matched by full name (and birth date), created or updated. A row's cells are checked by the
/// card's own rule (<see cref="StaffCard"/>), the same as on the card's form.
/// </summary>
internal sealed class StaffImport(PartaDbContext db, TimeProvider time) : IImportKind
{
    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var staff = await db.StaffMembers.ToListAsync(ct);
        var byName = staff.ToLookup(s => ImportKeys.NameKey(s.LastName, s.FirstName, s.MiddleName));
        var tally = run.Tally("Сотрудники");
        var inFile = new Dictionary<(string, DateOnly?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Name(row, ImportKinds.FullName, required: true);
            var positions = run.Cell(row, ImportKinds.Positions);
            var checks = new Checks();
            var card = new StaffCard(
                name?.Last, name?.First, name?.Middle, run.Date(row, ImportKinds.BirthDate, required: false), run.Cell(row, ImportKinds.Phone),
                run.Cell(row, ImportKinds.Email), positions is null ? null : StaffCard.SplitPositions(positions))
                .Check(checks, today);
            run.Refusals(row, checks.Errors, Column);
            if (run.Errors.Count > errorsBefore || name is null)
            {
                continue;
            }

            var birthDate = card.BirthDate;
            var key = ImportKeys.NameKey(card.LastName!, card.FirstName!, card.MiddleName);
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
                member = new StaffMember { SchoolId = schoolId, LastName = card.LastName!, FirstName = card.FirstName!, MiddleName = card.MiddleName };
                db.StaffMembers.Add(member);
            }

            member.BirthDate = birthDate ?? member.BirthDate;
            if (positions is not null)
            {
                member.Positions = string.Join(StaffCard.PositionSeparator, card.Positions ?? []);
            }

            member.Phone = card.Phone ?? member.Phone;
            member.Email = card.Email ?? member.Email;
            tally.Add(member);
            run.Line(row, member.FullName, member);
        }
    }

    /// <summary>The column a field of the staff card is read from.</summary>
    private static string Column(string field) => field switch
    {
        nameof(StaffCard.BirthDate) => ImportKinds.BirthDate,
        nameof(StaffCard.Phone) => ImportKinds.Phone,
        nameof(StaffCard.Email) => ImportKinds.Email,
        nameof(StaffCard.Positions) => ImportKinds.Positions,
        _ => ImportKinds.FullName,
    };
}
