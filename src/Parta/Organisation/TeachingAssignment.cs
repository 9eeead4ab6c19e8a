using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>Учебная нагрузка: a teacher teaches a subject to a class or a group in a year.</summary>
[Audited]
public sealed class TeachingAssignment : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public Guid StaffMemberId { get; set; }
    public StaffMember? Teacher { get; set; }
    public Guid SubjectId { get; set; }
    public Subject? Subject { get; set; }

    /// <summary>Exactly one of <see cref="SchoolClassId"/> and <see cref="StudyGroupId"/> is set.</summary>
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }
    public Guid? StudyGroupId { get; set; }
    public StudyGroup? StudyGroup { get; set; }

    public decimal HoursPerWeek { get; set; }
}

internal sealed class TeachingAssignmentConfiguration : IEntityTypeConfiguration<TeachingAssignment>
{
    public void Configure(EntityTypeBuilder<TeachingAssignment> builder)
    {
        builder.Property(a => a.HoursPerWeek).HasPrecision(5, 2);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(a => a.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Teacher).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Subject).WithMany().HasForeignKey(a => a.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SchoolClass).WithMany().HasForeignKey(a => a.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.StudyGroup).WithMany().HasForeignKey(a => a.StudyGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SchoolId, a.AcademicYearId, a.StaffMemberId });
        builder.HasIndex(a => a.SchoolClassId);
        builder.HasIndex(a => a.StudyGroupId);
        builder.ToTable(t => t.HasCheckConstraint("CK_TeachingAssignment_ClassOrGroup",
            "(\"SchoolClassId\" IS NULL) <> (\"StudyGroupId\" IS NULL)"));
    }
}
