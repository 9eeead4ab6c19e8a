using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using System.Text;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Access;

/// <summary>The code to hand to the person, once: only its hash is kept.</summary>
public sealed record IssuedJoinCode(string FullName, string Code, DateOnly ValidUntil);

/// <summary>Makes a join code for a guardian's or a staff member's card of the current school that has no account yet.</summary>
public sealed class IssueJoinCode(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    /// <param name="StaffRole">The role a staff member gets in the school by the code.</param>
    public sealed record Request(PersonKind Kind, Guid PersonId, SchoolRole StaffRole = SchoolRole.Teacher);

    public sealed record PersonNotFound() : NotFound("Карточка не найдена.");

    public sealed record AlreadyHasAccount() : Invalid("У этого человека уже есть учётная запись в школе.");

    public sealed record StudentsJoinByAccount() : Invalid("Учащемуся создаётся своя учётная запись школы; код присоединения — для родителей и сотрудников.");

    public sealed record NotAStaffRole() : Invalid("Сотруднику можно дать только роль сотрудника школы.", nameof(Request.StaffRole));

    public async Task<Result<IssuedJoinCode>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (request.Kind == PersonKind.Student)
        {
            return new StudentsJoinByAccount();
        }

        if (request.Kind == PersonKind.Staff && !CreateAccounts.StaffRoles.Contains(request.StaffRole))
        {
            return new NotAStaffRole();
        }

        var person = request.Kind switch
        {
            PersonKind.Guardian => await db.Guardians.Where(g => g.Id == request.PersonId)
                .Select(g => new { g.LastName, g.FirstName, g.MiddleName, g.UserId }).FirstOrDefaultAsync(ct),
            PersonKind.Staff => await db.StaffMembers.Where(s => s.Id == request.PersonId)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName, s.UserId }).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (person is null)
        {
            return new PersonNotFound();
        }

        if (person.UserId is not null)
        {
            return new AlreadyHasAccount();
        }

        // The new code replaces an unused one: the old code is deleted in the same save (and in the history).
        await db.RemoveAllAsync(db.JoinCodes.Where(c => c.PersonKind == request.Kind && c.PersonId == request.PersonId && c.UsedAt == null), ct);
        var code = OneTimePassword.Generate();
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + JoinCode.Lifetime;
        db.JoinCodes.Add(new JoinCode
        {
            SchoolId = currentUser.SchoolId!.Value,
            PersonKind = request.Kind,
            PersonId = request.PersonId,
            Role = request.Kind == PersonKind.Guardian ? SchoolRole.Parent : request.StaffRole,
            CodeHash = JoinCode.Hash(code),
            CreatedAt = now,
            ExpiresAt = expires,
            CreatedBy = currentUser.Login ?? "",
        });
        await db.SaveChangesAsync(ct);
        return new IssuedJoinCode(PersonName.Full(person.LastName, person.FirstName, person.MiddleName), code, DateOnly.FromDateTime(expires));
    }
}
