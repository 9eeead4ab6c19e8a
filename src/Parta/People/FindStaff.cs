using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

public sealed record StaffListRow(Guid Id, string FullName, string Positions, string? Phone, string? Email, Guid? UserId, string? Login);

/// <summary>The staff list with positions and accounts, in Russian order.</summary>
public sealed class FindStaff(PartaDbContext db)
{
    public sealed record Request(string? Query = null);

    public async Task<IReadOnlyList<StaffListRow>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var rows = await db.StaffMembers.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.LastName, s.FirstName, s.MiddleName, s.Positions, s.Phone, s.Email, s.UserId,
                Login = db.Users.Where(u => u.Id == s.UserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return NameSearch.Search(
                rows.Select(s => new StaffListRow(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName), s.Positions, s.Phone, s.Email, s.UserId, s.Login)),
                s => s.FullName, request.Query)
            .ToList();
    }
}
