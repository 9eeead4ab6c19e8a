using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>
/// Sets how many days after a lesson an entry into its journal is still on time («запись позже N дней после урока
/// считается несвоевременной»). Entries already made keep their mark of lateness; the new number counts from now on.
/// </summary>
public sealed class SetLateEntryDays(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Version">The school's version the form was opened with (null: no check).</param>
    public sealed record Request(int? LateEntryDays, uint? Version = null);

    public sealed record SchoolNotFound() : NotFound("Школа не найдена.");

    public async Task<Result<School>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == currentUser.SchoolId, ct);
        if (school is null)
        {
            return new SchoolNotFound();
        }

        if (db.Expect(school, request.Version) is { } stale)
        {
            return stale;
        }

        var checks = new Checks();
        var days = checks.Number(request.LateEntryDays, nameof(Request.LateEntryDays), "Срок внесения записей, дней", 0, JournalRules.MaxLateEntryDays, required: true);
        if (checks.Failed)
        {
            return checks.Refusal<School>();
        }

        school.LateEntryDays = days!.Value;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : school;
    }
}
