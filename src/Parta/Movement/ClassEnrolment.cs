using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Movement;

/// <summary>
/// A student's stay in a class, derived from the movement events by <see cref="MembershipTimeline"/> and rewritten in the
/// same transaction as every event: the indexed form of "who was in the class on that date".
/// </summary>
public sealed class ClassEnrolment : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid StudentId { get; init; }
    public Student? Student { get; init; }
    public Guid SchoolClassId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? Until { get; init; }
}

internal sealed class ClassEnrolmentConfiguration : IEntityTypeConfiguration<ClassEnrolment>
{
    public void Configure(EntityTypeBuilder<ClassEnrolment> builder)
    {
        builder.HasOne(e => e.Student).WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(e => e.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SchoolClassId, e.From });
        builder.HasIndex(e => e.StudentId);
    }
}
