using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Journal;

/// <summary>
/// Отметка of a student for an assessment. Its id is made from the assessment and the student (<see cref="CellId"/>),
/// so a cell keeps one id through clearing and setting again, and its history is the audit history of that id.
/// Only <see cref="Value"/> is audited: one history row per change of the cell.
/// </summary>
[Audited]
public sealed class Mark : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    [NotAudited] public uint Version { get; set; }

    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid AssessmentId { get; init; }
    [NotAudited] public Guid StudentId { get; init; }

    /// <summary>The value as shown: «5»…«1» on the five-point scale, «зач»/«незач» on pass/fail.</summary>
    public required string Value { get; set; }

    /// <summary>The five-point value as a number (the weighted average reads it); null on pass/fail.</summary>
    [NotAudited] public int? Points { get; set; }

    /// <summary>When the value was last set, and whether that was later than the school's late-entry days after the lesson.</summary>
    [NotAudited] public DateTime ChangedAt { get; set; }
    [NotAudited] public bool Late { get; set; }
}

internal sealed class MarkConfiguration : IEntityTypeConfiguration<Mark>
{
    public void Configure(EntityTypeBuilder<Mark> builder)
    {
        builder.Property(m => m.Value).HasMaxLength(JournalRules.MarkLength);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(m => m.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.AssessmentId, m.StudentId }).IsUnique();
        builder.HasIndex(m => m.StudentId);
    }
}
