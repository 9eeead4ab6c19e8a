using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

public enum PersonKind
{
    Student = 1,
    Guardian = 2,
    Staff = 3,
}

public sealed record GetAccounts(Guid? ClassId);

public sealed record AccountRow(
    PersonKind Kind, Guid PersonId, string FullName, string? ClassName, Guid? UserId, string? Login, bool IsBlocked, bool MustChangePassword)
{
    public string KindTitle => Kind switch
    {
        PersonKind.Student => "Учащийся",
        PersonKind.Guardian => "Родитель",
        _ => "Сотрудник",
    };
}

/// <summary>
/// The people of the school with their accounts: staff, students and guardians (of one class, or of the whole school),
/// by kind and in Russian order.
/// </summary>
public sealed class GetAccountsHandler(PartaDbContext db)
{
    public async Task<IReadOnlyList<AccountRow>> HandleAsync(GetAccounts request, CancellationToken ct = default)
    {
        var classId = request.ClassId;
        var users = db.Users.AsNoTracking();
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => classId == null || db.SchoolClasses.Any(c => c.Id == classId && c.ClassTeacherId == s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, ClassName = (string?)null, s.UserId })
            .ToListAsync(ct);
        var students = await db.Students.AsNoTracking()
            .Where(s => classId == null || s.SchoolClassId == classId)
            .Select(s => new
            {
                s.Id, s.LastName, s.FirstName, s.MiddleName, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter, s.UserId,
            })
            .ToListAsync(ct);
        var guardians = await db.Guardians.AsNoTracking()
            .Where(g => db.Guardianships.Any(l => l.GuardianId == g.Id && (classId == null || l.Student!.SchoolClassId == classId))
                || (classId == null && !db.Guardianships.Any(l => l.GuardianId == g.Id)))
            .Select(g => new { g.Id, g.LastName, g.FirstName, g.MiddleName, g.UserId })
            .ToListAsync(ct);

        var userIds = staff.Select(s => s.UserId).Concat(students.Select(s => s.UserId)).Concat(guardians.Select(g => g.UserId))
            .OfType<Guid>().Distinct().ToList();
        var accounts = await users.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.IsBlocked, u.MustChangePassword })
            .ToDictionaryAsync(u => u.Id, ct);

        AccountRow Row(PersonKind kind, Guid id, string last, string first, string? middle, string? className, Guid? userId)
        {
            var account = userId is { } uid && accounts.TryGetValue(uid, out var a) ? a : null;
            return new AccountRow(kind, id, PersonName.Full(last, first, middle), className, account?.Id, account?.UserName,
                account?.IsBlocked ?? false, account?.MustChangePassword ?? false);
        }

        return staff.Select(s => Row(PersonKind.Staff, s.Id, s.LastName, s.FirstName, s.MiddleName, null, s.UserId))
            .Concat(students.Select(s => Row(PersonKind.Student, s.Id, s.LastName, s.FirstName, s.MiddleName,
                s.Grade is { } grade ? $"{grade}{s.Letter}" : null, s.UserId)))
            .Concat(guardians.Select(g => Row(PersonKind.Guardian, g.Id, g.LastName, g.FirstName, g.MiddleName, null, g.UserId)))
            .OrderBy(r => r.Kind)
            .ThenBy(r => r.FullName, RussianCulture.Collation)
            .ToList();
    }
}
