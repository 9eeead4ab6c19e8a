using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Movement;

/// <summary>
/// An event of the movement book. Never deleted: a mistaken event is cancelled with a reason (audited), and the
/// class membership is derived again from the events in force (<see cref="MembershipTimeline"/>).
/// </summary>
[Audited]
public sealed class MovementEvent : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid StudentId { get; init; }
    public Student? Student { get; init; }
    public MovementKind Kind { get; init; }

    /// <summary>The effective date: the first day of the new state.</summary>
    public DateOnly Date { get; init; }

    public Guid? FromClassId { get; init; }
    public Guid? ToClassId { get; init; }
    public SchoolClass? ToClass { get; init; }
    // The order and the details below may be corrected in place (CorrectMovementEvent, audited); who, what and when may not.
    public Guid OrderId { get; set; }
    public MovementOrder? Order { get; set; }
    public string? Reason { get; set; }
    public WithdrawalReason? WithdrawalReason { get; set; }

    /// <summary>The previous school of an arrival, or the destination of a withdrawal.</summary>
    public string? OtherSchool { get; set; }

    /// <summary>Subjects of academic debt of a conditional promotion.</summary>
    public string? AcademicDebts { get; set; }

    public DateTime CreatedAt { get; init; }
    public bool Cancelled { get; set; }
    public string? CancellationReason { get; set; }

    public MovementFact Fact => new(StudentId, Kind, Date, ToClassId);
}

internal sealed class MovementEventConfiguration : IEntityTypeConfiguration<MovementEvent>
{
    public void Configure(EntityTypeBuilder<MovementEvent> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.OtherSchool).HasMaxLength(300);
        builder.Property(e => e.AcademicDebts).HasMaxLength(500);
        builder.Property(e => e.CancellationReason).HasMaxLength(500);
        builder.Ignore(e => e.Fact);
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Student).WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ToClass).WithMany().HasForeignKey(e => e.ToClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(e => e.FromClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Order).WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SchoolId, e.Date });
        builder.HasIndex(e => new { e.StudentId, e.Date });
    }
}
