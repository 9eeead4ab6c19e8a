using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Access;

/// <param name="IsBlocked">The person's access to this school is blocked (their login may still work in other schools).</param>
/// <param name="IsShared">The login is used in another school too: this school may block access to itself, but not reset the password.</param>
public sealed record AccountRow(
    PersonKind Kind, Guid PersonId, string FullName, string? ClassName, Guid? UserId, string? Login, bool IsBlocked, bool MustChangePassword,
    bool IsShared = false)
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
/// by kind and in Russian order, with the state of each account's access to this school.
/// </summary>
public sealed class GetAccounts(PartaDbContext db)
{
    public sealed record Request(Guid? ClassId = null);

    public async Task<IReadOnlyList<AccountRow>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var classId = request.ClassId;
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => classId == null || db.SchoolClasses.Any(c => c.Id == classId && c.ClassTeacherId == s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.UserId })
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

        // The accounts of the school's cards, joined in the database: no list of ids that grows with the school.
        var accounts = await db.Users.AsNoTracking()
            .Where(u => db.Students.Any(s => s.UserId == u.Id) || db.Guardians.Any(g => g.UserId == u.Id) || db.StaffMembers.Any(s => s.UserId == u.Id))
            .Select(u => new
            {
                u.Id, u.UserName, u.MustChangePassword,
                IsBlocked = db.SchoolMemberships.Any(m => m.UserId == u.Id && m.BlockedAt != null),
            })
            .ToDictionaryAsync(u => u.Id, ct);
        var shared = await SharedLogins.OfSchoolAsync(db, db.CurrentSchoolId!.Value, ct);

        AccountRow Row(PersonKind kind, Guid id, string last, string first, string? middle, string? className, Guid? userId)
        {
            var account = userId is { } uid && accounts.TryGetValue(uid, out var a) ? a : null;
            return new AccountRow(kind, id, PersonName.Full(last, first, middle), className, account?.Id, account?.UserName,
                account?.IsBlocked ?? false, account?.MustChangePassword ?? false, account is not null && shared.Contains(account.Id));
        }

        return staff.Select(s => Row(PersonKind.Staff, s.Id, s.LastName, s.FirstName, s.MiddleName, null, s.UserId))
            .Concat(students.Select(s => Row(PersonKind.Student, s.Id, s.LastName, s.FirstName, s.MiddleName,
                s.Grade is { } grade ? SchoolClass.NameOf(grade, s.Letter) : null, s.UserId)))
            .Concat(guardians.Select(g => Row(PersonKind.Guardian, g.Id, g.LastName, g.FirstName, g.MiddleName, null, g.UserId)))
            .OrderBy(r => r.Kind)
            .ThenBy(r => r.FullName, RussianCulture.Collation)
            .ToList();
    }
}
