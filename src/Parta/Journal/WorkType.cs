using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>
/// Вид работы (ответ на уроке, контрольная…) with its weight in the weighted average. Per school; the school changes
/// names and weights, the code stays (the API names work types by it).
/// </summary>
[Audited]
public sealed class WorkType : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }

    /// <summary>Latin letters, digits and dashes, e.g. <c>answer</c>, <c>control</c>; unique in the school.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The weight of its marks in the weighted average, 0.1–10.</summary>
    public decimal Weight { get; set; } = 1;

    /// <summary>Whether it may be set to the whole class as homework (домашняя работа, проект).</summary>
    public bool ForHomework { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A work type no longer offered for new assessments; the assessments that have it keep it.</summary>
    public bool Archived { get; set; }
}

internal sealed class WorkTypeConfiguration : IEntityTypeConfiguration<WorkType>
{
    public void Configure(EntityTypeBuilder<WorkType> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(JournalRules.CodeLength);
        builder.Property(w => w.Name).HasMaxLength(JournalRules.NameLength);
        builder.Property(w => w.Weight).HasPrecision(4, 2);
        builder.HasOne<School>().WithMany().HasForeignKey(w => w.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.SchoolId, w.Code }).IsUnique();
    }
}
