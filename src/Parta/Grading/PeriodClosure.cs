using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Grading;

/// <summary>
/// A period closed for one class (a period closed for the whole school is <see cref="Period.Closed"/>). From then on
/// the class's journal cells and final marks of the period are read-only except with journal.edit.closed and a reason.
/// <see cref="Override"/> is the reason given when the period was closed although something was missing.
/// </summary>
[Audited]
public sealed class PeriodClosure : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid PeriodId { get; init; }
    public Guid SchoolClassId { get; init; }
    public DateTime ClosedAt { get; init; }
    public string? Override { get; init; }
}

internal sealed class PeriodClosureConfiguration : IEntityTypeConfiguration<PeriodClosure>
{
    public void Configure(EntityTypeBuilder<PeriodClosure> builder)
    {
        builder.Property(c => c.Override).HasMaxLength(Journal.JournalRules.ReasonLength);
        builder.HasOne<Period>().WithMany().HasForeignKey(c => c.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(c => c.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PeriodId, c.SchoolClassId }).IsUnique();
    }
}
