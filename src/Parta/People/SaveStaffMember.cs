using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>Creates (no id) or changes a staff member's card, positions included.</summary>
public sealed class SaveStaffMember(PartaDbContext db, TimeProvider time)
{
    /// <param name="Version">The card's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, StaffCard Card, uint? Version = null);

    public sealed record StaffMemberNotFound() : NotFound("Сотрудник не найден.");

    public async Task<Result<Guid>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var card = request.Card.Check(checks, await SchoolClock.TodayAsync(db, time, ct));
        if (checks.Failed)
        {
            return checks.Refusal<Guid>();
        }

        var staff = request.Id is { } id ? await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (request.Id is not null && staff is null)
        {
            return new StaffMemberNotFound();
        }

        if (staff is not null && db.Expect(staff, request.Version) is { } stale)
        {
            return stale;
        }

        if (staff is null)
        {
            staff = new StaffMember { SchoolId = db.CurrentSchoolId!.Value, LastName = "", FirstName = "" };
            db.StaffMembers.Add(staff);
        }

        card.ApplyTo(staff);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : staff.Id;
    }
}
