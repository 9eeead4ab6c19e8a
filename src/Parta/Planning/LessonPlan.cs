using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Planning;

/// <summary>
/// Календарно-тематическое планирование: an ordered list of topics, of one teaching assignment (its КТП) or a template
/// for a grade and subject that is copied to the parallel classes. Exactly one of <see cref="TeachingAssignmentId"/> and
/// <see cref="Grade"/> is set.
/// </summary>
[Audited]
public sealed class LessonPlan : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public Guid SubjectId { get; init; }
    public Guid? TeachingAssignmentId { get; init; }

    /// <summary>A template's grade (1–11); null for an assignment's plan.</summary>
    public int? Grade { get; init; }

    /// <summary>A template's name («Математика, 5 класс, УМК Виленкина»); an assignment's plan is named by the assignment.</summary>
    public string? Name { get; set; }
}

internal sealed class LessonPlanConfiguration : IEntityTypeConfiguration<LessonPlan>
{
    public void Configure(EntityTypeBuilder<LessonPlan> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PlanRules.NameLength);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(p => p.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(p => p.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TeachingAssignment>().WithMany().HasForeignKey(p => p.TeachingAssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.TeachingAssignmentId).IsUnique();
        builder.HasIndex(p => new { p.SchoolId, p.AcademicYearId, p.Grade, p.SubjectId });
        builder.ToTable(t => t.HasCheckConstraint("CK_LessonPlan_AssignmentOrGrade",
            "(\"TeachingAssignmentId\" IS NULL) <> (\"Grade\" IS NULL)"));
    }
}
