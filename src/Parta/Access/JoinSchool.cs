using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using System.Text;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Access;

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
