using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>
/// A student in a group. A student who leaves the group's class (transfer, promotion, withdrawal) leaves the group on the
/// same date: <see cref="Until"/> is that date (exclusive), set by the movement book; a current member has none.
/// </summary>
[Audited]
public sealed class StudyGroupMember : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid StudyGroupId { get; init; }
    public Guid StudentId { get; init; }
    public DateOnly? Until { get; set; }
}

internal sealed class StudyGroupMemberConfiguration : IEntityTypeConfiguration<StudyGroupMember>
{
    public void Configure(EntityTypeBuilder<StudyGroupMember> builder)
    {
        builder.HasOne<StudyGroup>().WithMany().HasForeignKey(m => m.StudyGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.StudyGroupId, m.StudentId }).IsUnique();
        builder.HasIndex(m => m.StudentId);
    }
}
