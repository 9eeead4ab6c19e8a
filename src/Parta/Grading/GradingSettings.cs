using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Grading;

/// <summary>Reads a school's <see cref="GradingRules"/>: its row, or the defaults (not saved) while it has none.</summary>
public static class GradingSettings
{
    public static async Task<GradingRules> LoadAsync(PartaDbContext db, Guid schoolId, CancellationToken ct = default) =>
        await db.GradingRules.AsNoTracking().FirstOrDefaultAsync(r => r.SchoolId == schoolId, ct) ?? GradingRules.Defaults(schoolId);
}
