using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Access;

/// <summary>The roles a staff member's account holds in the school (координатор, директор, завуч, учитель).</summary>
public sealed class SetStaffRoles(PartaDbContext db, CurrentUser currentUser)
{
    public static IReadOnlyList<SchoolRole> StaffRoles => CreateAccounts.StaffRoles;

    /// <param name="Stamp">The <see cref="StampOf"/> of the roles the form showed (null: no check).</param>
    public sealed record Request(Guid StaffMemberId, IReadOnlyCollection<SchoolRole> Roles, string? Stamp = null);

    public sealed record StaffMemberNotFound() : NotFound("Сотрудник не найден.");

    public sealed record StaffHasNoAccount() : Invalid("У сотрудника нет учётной записи: сначала создайте её.");

    public sealed record CannotDropOwnCoordinatorRole() : Invalid("Нельзя снять роль координатора с самого себя.");

    /// <summary>Someone changed this person's roles after the form was opened.</summary>
    public sealed record StaleRoles(string FullName)
        : Conflict($"{StaleRecord.Title}: роли сотрудника «{FullName}» изменили после того, как вы открыли эту страницу. Ниже показаны роли, действующие сейчас; отметьте нужные ещё раз.");

    /// <summary>The stamp of a staff member's roles in the school, as the roles page shows them.</summary>
    public static string StampOf(IEnumerable<SchoolRole> roles) => FormStamp.Of(roles.Select(r => r.ToString()));

    /// <returns>The number of roles given or taken.</returns>
    public async Task<Result<int>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StaffMemberId, ct);
        if (staff is null)
        {
            return new StaffMemberNotFound();
        }

        if (staff.UserId is not { } userId)
        {
            return new StaffHasNoAccount();
        }

        var memberships = await db.SchoolMemberships.Where(m => m.UserId == userId).ToListAsync(ct);
        if (FormStamp.IsStale(request.Stamp, StampOf(memberships.Select(m => m.Role))))
        {
            return new StaleRoles(staff.FullName);
        }

        var wanted = request.Roles.Where(StaffRoles.Contains).ToHashSet();
        if (userId == currentUser.UserId && !wanted.Contains(SchoolRole.Coordinator) && memberships.Any(m => m.Role == SchoolRole.Coordinator))
        {
            return new CannotDropOwnCoordinatorRole();
        }

        var current = memberships.Where(m => StaffRoles.Contains(m.Role)).ToList();
        var removed = current.Where(m => !wanted.Contains(m.Role)).ToList();
        db.SchoolMemberships.RemoveRange(removed);
        var added = wanted.Where(r => current.All(m => m.Role != r)).ToList();

        // A person whose access to the school is blocked stays blocked in a new role.
        var blockedAt = memberships.Select(m => m.BlockedAt).FirstOrDefault(b => b is not null);
        foreach (var role in added)
        {
            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = staff.SchoolId, UserId = userId, Role = role, BlockedAt = blockedAt });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(e))
        {
            // The same role given, or taken, by someone else at the same moment.
            return new StaleRoles(staff.FullName);
        }

        return removed.Count + added.Count;
    }
}
