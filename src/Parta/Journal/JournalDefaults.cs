using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// A school's starting work types and attendance codes (<see cref="JournalRules"/>). A new school gets them when it is
/// created; a school made before the journal existed gets them the first time its journal settings are read.
/// </summary>
public static class JournalDefaults
{
    /// <summary>Adds the defaults to the context (not saved) for a school that is being created.</summary>
    public static void AddTo(PartaDbContext db, Guid schoolId)
    {
        var order = 0;
        db.WorkTypes.AddRange(JournalRules.DefaultWorkTypes.Select(w => new WorkType
        {
            SchoolId = schoolId, Code = w.Code, Name = w.Name, Weight = w.Weight, ForHomework = w.ForHomework, SortOrder = ++order,
        }));
        order = 0;
        db.AttendanceCodes.AddRange(JournalRules.DefaultAttendanceCodes.Select(c => new AttendanceCode
        {
            SchoolId = schoolId, Code = c.Code, Name = c.Name, Kind = c.Kind, IsAbsence = c.IsAbsence, SortOrder = ++order,
        }));
    }

    /// <summary>
    /// Saves the defaults for a school that has no work types yet. Two requests doing it at once: the second one's rows
    /// meet the unique index and are dropped, and it reads the first one's.
    /// </summary>
    public static async Task EnsureAsync(PartaDbContext db, Guid schoolId, CancellationToken ct = default)
    {
        if (await db.WorkTypes.IgnoreQueryFilters().AnyAsync(w => w.SchoolId == schoolId, ct))
        {
            return;
        }

        // Saved on its own, before the request changes anything: clearing the tracker on a lost race must lose nothing else.
        if (db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged))
        {
            throw new InvalidOperationException("Journal defaults are ensured before any change of the request.");
        }

        AddTo(db, schoolId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
        }
    }
}
