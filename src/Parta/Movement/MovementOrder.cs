using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Movement;

/// <summary>Приказ по движению учащихся: the order that movement events refer to (one order may cover a batch).</summary>
[Audited]
public sealed class MovementOrder : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public required string Number { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>
    /// The school's order with that number and date, created (and saved at once) when there is none. Orders are shared by
    /// the events of a batch, and several people may enter events under a new order at the same moment: when another
    /// request creates the same order first, its unique index refuses ours, and the order it made is used. Call it before
    /// the use case's own changes, as it saves whatever is pending.
    /// </summary>
    internal static async Task<MovementOrder> FindOrCreateAsync(PartaDbContext db, Guid schoolId, string number, DateOnly date, CancellationToken ct)
    {
        var found = db.MovementOrders.Local.FirstOrDefault(o => o.SchoolId == schoolId && o.Number == number && o.Date == date)
            ?? await db.MovementOrders.FirstOrDefaultAsync(o => o.Number == number && o.Date == date, ct);
        if (found is not null)
        {
            return found;
        }

        var order = db.MovementOrders.Add(new MovementOrder { SchoolId = schoolId, Number = number, Date = date }).Entity;
        try
        {
            // Inside a transaction EF saves under a savepoint, so a refused insert leaves the transaction usable.
            await db.SaveChangesAsync(ct);
            return order;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.Entry(order).State = EntityState.Detached;
            return await db.MovementOrders.FirstAsync(o => o.Number == number && o.Date == date, ct);
        }
    }
}

internal sealed class MovementOrderConfiguration : IEntityTypeConfiguration<MovementOrder>
{
    public void Configure(EntityTypeBuilder<MovementOrder> builder)
    {
        builder.Property(o => o.Number).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.SchoolId, o.Number, o.Date }).IsUnique();
    }
}
