using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <summary>Creates (no id) or changes a staff member's card, positions included.</summary>
public sealed record SaveStaffMember(
    Guid? Id, string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate, string? Phone, string? Email,
    IReadOnlyList<string> Positions);

public sealed class SaveStaffMemberHandler(PartaDbContext db, CurrentUser user)
{
    public async Task<Outcome<Guid>> HandleAsync(SaveStaffMember request, CancellationToken ct = default)
    {
        var staff = request.Id is { } id ? await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (request.Id is not null && staff is null)
        {
            return new NotFound();
        }

        if (staff is null)
        {
            staff = new StaffMember { SchoolId = user.SchoolId!.Value, LastName = "", FirstName = "" };
            db.StaffMembers.Add(staff);
        }

        staff.LastName = request.LastName.Trim();
        staff.FirstName = request.FirstName.Trim();
        staff.MiddleName = SaveStudentHandler.Clean(request.MiddleName);
        staff.BirthDate = request.BirthDate;
        staff.Phone = SaveStudentHandler.Clean(request.Phone);
        staff.Email = SaveStudentHandler.Clean(request.Email);
        staff.Positions = string.Join("; ", request.Positions.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal));
        await db.SaveChangesAsync(ct);
        return staff.Id;
    }
}
