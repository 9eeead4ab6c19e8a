using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>A line of the curriculum (учебный план): hours per week of a subject in a grade, or in one class.</summary>
[Audited]
public sealed class CurriculumLine : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public Guid SubjectId { get; set; }
    public int Grade { get; set; }

    /// <summary>Set when this class differs from its grade's curriculum.</summary>
    public Guid? SchoolClassId { get; set; }

    public decimal HoursPerWeek { get; set; }

    /// <summary>The subject ends with an exam in this grade: its final marks have an exam mark and a final mark.</summary>
    public bool Exam { get; set; }
}

internal sealed class CurriculumLineConfiguration : IEntityTypeConfiguration<CurriculumLine>
{
    public void Configure(EntityTypeBuilder<CurriculumLine> builder)
    {
        builder.Property(c => c.HoursPerWeek).HasPrecision(5, 2);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(c => c.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Grade, c.SubjectId, c.SchoolClassId }).IsUnique();
    }
}
