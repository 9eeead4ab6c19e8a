using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>
/// Группа: a part of a class (English 1 and 2, with <see cref="SchoolClassId"/>) or students of several classes
/// (an elective, with no class).
/// </summary>
[Audited]
public sealed class StudyGroup : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public required string Name { get; set; }
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }
    public Guid? SubjectId { get; set; }
}

internal sealed class StudyGroupConfiguration : IEntityTypeConfiguration<StudyGroup>
{
    public void Configure(EntityTypeBuilder<StudyGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(g => g.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.SchoolClass).WithMany().HasForeignKey(g => g.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subject>().WithMany().HasForeignKey(g => g.SubjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.SchoolId, g.AcademicYearId, g.Name });
    }
}
