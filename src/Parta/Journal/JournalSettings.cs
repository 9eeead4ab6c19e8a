using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>A work type as the journal reads it.</summary>
public sealed record WorkTypeInfo(Guid Id, string Code, string Name, decimal Weight, bool ForHomework, bool Archived);

/// <summary>An attendance code as the journal reads it.</summary>
public sealed record AttendanceCodeInfo(Guid Id, string Code, string Name, AttendanceKind Kind, bool IsAbsence);

/// <summary>
/// The current school's journal settings in one read: work types with weights, attendance codes and the late-entry days.
/// A school without work types yet gets the defaults saved first (<see cref="JournalDefaults.EnsureAsync"/>), so call
/// it before changing anything in the request.
/// </summary>
public sealed record JournalSettings(IReadOnlyList<WorkTypeInfo> WorkTypes, IReadOnlyList<AttendanceCodeInfo> AttendanceCodes, int LateEntryDays)
{
    public WorkTypeInfo? WorkType(Guid id) => WorkTypes.FirstOrDefault(w => w.Id == id);

    public WorkTypeInfo? WorkTypeByCode(string? code) =>
        WorkTypes.FirstOrDefault(w => string.Equals(w.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The attendance code as typed («н», «Н», « уп ») or null when the school has no such code.</summary>
    public AttendanceCodeInfo? AttendanceCode(string? typed)
    {
        var text = typed?.Trim();
        return string.IsNullOrEmpty(text)
            ? null
            : AttendanceCodes.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<JournalSettings> LoadAsync(PartaDbContext db, Guid schoolId, CancellationToken ct = default)
    {
        // Every school has work types once it has been read: the defaults are ensured only when none came back.
        var workTypes = await WorkTypesAsync(db, schoolId, ct);
        if (workTypes.Count == 0)
        {
            await JournalDefaults.EnsureAsync(db, schoolId, ct);
            workTypes = await WorkTypesAsync(db, schoolId, ct);
        }

        var codes = await db.AttendanceCodes.AsNoTracking().Where(c => c.SchoolId == schoolId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new AttendanceCodeInfo(c.Id, c.Code, c.Name, c.Kind, c.IsAbsence)).ToListAsync(ct);
        // The current school's settings are read once a request (the clock reads the time zone from the same row).
        var lateDays = db.CurrentSchoolId == schoolId && await db.CurrentSchoolAsync(ct) is { } current
            ? current.LateEntryDays
            : await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.LateEntryDays).FirstOrDefaultAsync(ct);
        return new JournalSettings(workTypes, codes, lateDays);
    }

    private static Task<List<WorkTypeInfo>> WorkTypesAsync(PartaDbContext db, Guid schoolId, CancellationToken ct) =>
        db.WorkTypes.AsNoTracking().Where(w => w.SchoolId == schoolId)
            .OrderBy(w => w.SortOrder).ThenBy(w => w.Name)
            .Select(w => new WorkTypeInfo(w.Id, w.Code, w.Name, w.Weight, w.ForHomework, w.Archived)).ToListAsync(ct);
}
