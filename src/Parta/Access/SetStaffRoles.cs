using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>The roles a staff member's account holds in the school (координатор, директор, завуч, учитель).</summary>
public sealed record SetStaffRoles(Guid StaffMemberId, IReadOnlyCollection<SchoolRole> Roles);

public sealed record StaffHasNoAccount() : PeopleError("У сотрудника нет учётной записи: сначала создайте её.");

public sealed record CannotDropOwnCoordinatorRole() : PeopleError("Нельзя снять роль координатора с самого себя.");

public sealed class SetStaffRolesHandler(PartaDbContext db, CurrentUser currentUser)
{
    public static IReadOnlyList<SchoolRole> StaffRoles => CreateAccountsHandler.StaffRoles;

    public async Task<Outcome<int>> HandleAsync(SetStaffRoles request, CancellationToken ct = default)
    {
        var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StaffMemberId, ct);
        if (staff is null)
        {
            return new NotFound();
        }

        if (staff.UserId is not { } userId)
        {
            return new StaffHasNoAccount();
        }

        var wanted = request.Roles.Where(StaffRoles.Contains).ToHashSet();
        if (userId == currentUser.UserId && !wanted.Contains(SchoolRole.Coordinator)
            && await db.SchoolMemberships.AnyAsync(m => m.UserId == userId && m.Role == SchoolRole.Coordinator, ct))
        {
            return new CannotDropOwnCoordinatorRole();
        }

        var current = await db.SchoolMemberships.Where(m => m.UserId == userId && StaffRoles.Contains(m.Role)).ToListAsync(ct);
        var removed = current.Where(m => !wanted.Contains(m.Role)).ToList();
        db.SchoolMemberships.RemoveRange(removed);
        var added = wanted.Where(r => current.All(m => m.Role != r)).ToList();
        foreach (var role in added)
        {
            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = staff.SchoolId, UserId = userId, Role = role });
        }

        await db.SaveChangesAsync(ct);
        return removed.Count + added.Count;
    }
}
