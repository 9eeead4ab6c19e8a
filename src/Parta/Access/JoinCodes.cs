using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Access;

/// <summary>
/// Код присоединения: how a person who already has a Parta account (a parent with a child in another school of the
/// deployment, a teacher who also works here) joins this school with the same login. The school's account manager
/// makes a code for the person's card; the person signs in as usual and enters the code on their account page. The
/// owner of the account agrees by entering it, so no school can attach someone else's login to itself, and no school
/// learns which logins exist elsewhere. Only the code's hash is kept; a code works once, for <see cref="Lifetime"/>,
/// and a new code for the same card replaces the old one.
/// </summary>
[Audited]
public sealed class JoinCode : Entity, ISchoolOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid SchoolId { get; init; }
    public PersonKind PersonKind { get; init; }
    public Guid PersonId { get; init; }
    public SchoolRole Role { get; init; }
    [NotAudited]
    public required string CodeHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime? UsedAt { get; set; }
    public Guid? UsedByUserId { get; set; }

    /// <summary>The code as typed (any case, with or without dashes and spaces) → its stored hash.</summary>
    public static string Hash(string code)
    {
        var normalised = new string(code.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}

internal sealed class JoinCodeConfiguration : IEntityTypeConfiguration<JoinCode>
{
    public void Configure(EntityTypeBuilder<JoinCode> builder)
    {
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => new { c.SchoolId, c.PersonKind, c.PersonId });
    }
}

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

public sealed record JoinedSchool(Guid SchoolId, string SchoolName, SchoolRole Role);

/// <summary>
/// The signed-in user enters a join code: their account becomes the account of that card and a member of its school
/// with the code's role, in one transaction; the link and the membership are in the school's audit history.
/// </summary>
public sealed class JoinSchool(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    public sealed record Request(string? Code);

    public sealed record CodeRequired() : Invalid("Введите код, который выдали в школе.", nameof(Request.Code));

    public sealed record CodeDoesNotFit()
        : Invalid("Код не подходит: проверьте его или попросите в школе новый. Код действует две недели и только один раз.", nameof(Request.Code));

    public sealed record CardTakenMeanwhile() : Conflict("Эта карточка уже связана с учётной записью. Обратитесь в школу.", nameof(Request.Code));

    public async Task<Result<JoinedSchool>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var typed = checks.Text(request.Code, nameof(Request.Code), "Код присоединения", 40);
        if (checks.Failed)
        {
            return checks.Refusal<JoinedSchool>();
        }

        if (typed is null)
        {
            return new CodeRequired();
        }

        if (currentUser.UserId is not { } userId)
        {
            return new CodeDoesNotFit();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hash = JoinCode.Hash(typed);
        // The code is looked up across schools: it names its school itself.
        var code = await db.JoinCodes.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.CodeHash == hash, ct);
        if (code is null || code.UsedAt is not null || code.ExpiresAt <= now)
        {
            return new CodeDoesNotFit();
        }

        // The code names a school other than the one the user works in now: the writes below go into that school.
        using var into = currentUser.AllowWritesTo(code.SchoolId);
        switch (code.PersonKind)
        {
            case PersonKind.Guardian when await db.Guardians.IgnoreQueryFilters()
                .FirstOrDefaultAsync(g => g.Id == code.PersonId && g.SchoolId == code.SchoolId, ct) is { UserId: null } guardian:
                guardian.UserId = userId;
                break;
            case PersonKind.Staff when await db.StaffMembers.IgnoreQueryFilters()
                .FirstOrDefaultAsync(s => s.Id == code.PersonId && s.SchoolId == code.SchoolId, ct) is { UserId: null } staff:
                staff.UserId = userId;
                break;
            default:
                return new CardTakenMeanwhile();
        }

        var memberships = await db.SchoolMemberships.IgnoreQueryFilters()
            .Where(m => m.SchoolId == code.SchoolId && m.UserId == userId)
            .Select(m => new { m.Role, m.BlockedAt })
            .ToListAsync(ct);
        if (memberships.All(m => m.Role != code.Role))
        {
            // A person whose access to that school is blocked stays blocked: a code does not undo the school's decision.
            var blockedAt = memberships.Select(m => m.BlockedAt).FirstOrDefault(b => b is not null);
            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = code.SchoolId, UserId = userId, Role = code.Role, BlockedAt = blockedAt });
        }

        code.UsedAt = now;
        code.UsedByUserId = userId;
        // One SaveChanges: the card's link, the membership and the spent code together, with their audit rows.
        db.AuditReason = "учётная запись присоединена по коду";
        await db.SaveChangesAsync(ct);
        var schoolName = await db.Schools.Where(s => s.Id == code.SchoolId).Select(s => s.ShortName).FirstAsync(ct);
        return new JoinedSchool(code.SchoolId, schoolName, code.Role);
    }
}
