using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>
/// Creates logins in bulk for the people without an account: of one class (its students, their guardians and the
/// class teacher) or of the whole school. Logins are the transliterated surname, made unique in the deployment
/// (ivanova, ivanova2 …); passwords are one-time (<see cref="User.MustChangePassword"/>). Returns the access letters,
/// the only moment the passwords are known.
/// </summary>
public sealed class CreateAccounts(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public static readonly IReadOnlyList<SchoolRole> StaffRoles =
        [SchoolRole.Teacher, SchoolRole.DeputyDirector, SchoolRole.Director, SchoolRole.Coordinator];

    /// <param name="StaffRole">The role staff get in the school.</param>
    public sealed record Request(Guid? ClassId, bool Students, bool Guardians, bool Staff, SchoolRole StaffRole = SchoolRole.Teacher);

    public sealed record NothingToCreate() : Invalid("Все выбранные люди уже имеют учётные записи.");

    public sealed record NotAStaffRole() : Invalid("Сотруднику можно дать только роль сотрудника школы.", nameof(Request.StaffRole));

    public sealed record AccountNotCreated(string FullName, string Reason) : Invalid($"Учётная запись для «{FullName}» не создана: {Reason}");

    public async Task<Result<IReadOnlyList<AccessLetter>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!StaffRoles.Contains(request.StaffRole))
        {
            return new NotAStaffRole();
        }

        var schoolId = currentUser.SchoolId!.Value;
        var classId = request.ClassId;
        var people = new List<(object Person, string Last, string First, string? Middle, SchoolRole Role)>();
        if (request.Staff)
        {
            var staff = await db.StaffMembers
                .Where(s => s.UserId == null && (classId == null || db.SchoolClasses.Any(c => c.Id == classId && c.ClassTeacherId == s.Id)))
                .ToListAsync(ct);
            people.AddRange(staff.Select(s => ((object)s, s.LastName, s.FirstName, s.MiddleName, request.StaffRole)));
        }

        if (request.Students)
        {
            var students = await db.Students.Where(s => s.UserId == null && (classId == null || s.SchoolClassId == classId)).ToListAsync(ct);
            people.AddRange(students.Select(s => ((object)s, s.LastName, s.FirstName, s.MiddleName, SchoolRole.Student)));
        }

        if (request.Guardians)
        {
            var guardians = await db.Guardians
                .Where(g => g.UserId == null && (classId == null || db.Guardianships.Any(l => l.GuardianId == g.Id && l.Student!.SchoolClassId == classId)))
                .ToListAsync(ct);
            people.AddRange(guardians.Select(g => ((object)g, g.LastName, g.FirstName, g.MiddleName, SchoolRole.Parent)));
        }

        if (people.Count == 0)
        {
            return new NothingToCreate();
        }

        people = people.OrderBy(p => p.Role).ThenBy(p => PersonName.Full(p.Last, p.First, p.Middle), RussianCulture.Collation).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var letters = new List<AccessLetter>();
        var givenNow = new HashSet<string>(StringComparer.Ordinal);

        // The one-time passwords and their hashes first: hashing is slow on purpose (PBKDF2), and the transaction below
        // should hold the database only for the writes.
        var accounts = people.Select(p =>
        {
            var user = new User { UserName = "", LastName = p.Last, FirstName = p.First, MiddleName = p.Middle, MustChangePassword = true, CreatedAt = now };
            var password = OneTimePassword.Generate();
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            return (User: user, Password: password);
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < people.Count; i++)
        {
            var (person, last, first, middle, role) = people[i];
            var (user, password) = accounts[i];
            var login = await UniqueLoginAsync(LoginTransliteration.BaseLogin(last, first, middle), givenNow, ct);
            givenNow.Add(login);
            user.UserName = login;
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                return new AccountNotCreated(PersonName.Full(last, first, middle), string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            switch (person)
            {
                case Student s: s.UserId = user.Id; break;
                case Guardian g: g.UserId = user.Id; break;
                case StaffMember m: m.UserId = user.Id; break;
            }

            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = schoolId, UserId = user.Id, Role = role });
            await db.SaveChangesAsync(ct);
            letters.Add(new AccessLetter(user.Id, user.FullName, role.Title(), login, password));
        }

        await transaction.CommitAsync(ct);
        return Result.Ok<IReadOnlyList<AccessLetter>>(letters);
    }

    private async Task<string> UniqueLoginAsync(string baseLogin, HashSet<string> givenNow, CancellationToken ct)
    {
        var prefix = baseLogin.ToUpperInvariant();
        var existing = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName!.StartsWith(prefix))
            .Select(u => u.NormalizedUserName!)
            .ToListAsync(ct);
        var taken = new HashSet<string>(existing, StringComparer.OrdinalIgnoreCase);
        return LoginTransliteration.Unique(baseLogin, l => taken.Contains(l) || givenNow.Contains(l));
    }
}
