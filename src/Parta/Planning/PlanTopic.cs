using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Planning;

/// <summary>Тип урока in a plan.</summary>
public enum LessonType
{
    NewMaterial,
    Combined,
    Practice,
    Laboratory,
    Review,
    Control,
    Other,
}

/// <summary>
/// A topic of a plan: its place (<see cref="Number"/>, 1…), the section it belongs to (consecutive topics with the same
/// section form it), hours (how many lessons it takes), lesson type and planned homework.
/// </summary>
[Audited]
public sealed class PlanTopic : Entity, ISchoolOwned
{
    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid LessonPlanId { get; init; }
    public int Number { get; set; }
    public string? Section { get; set; }
    public required string Title { get; set; }
    public int Hours { get; set; } = 1;
    public LessonType LessonType { get; set; } = LessonType.Combined;
    public string? Homework { get; set; }
}

internal sealed class PlanTopicConfiguration : IEntityTypeConfiguration<PlanTopic>
{
    public void Configure(EntityTypeBuilder<PlanTopic> builder)
    {
        builder.Property(t => t.Section).HasMaxLength(PlanRules.SectionLength);
        builder.Property(t => t.Title).HasMaxLength(PlanRules.TitleLength);
        builder.Property(t => t.Homework).HasMaxLength(PlanRules.HomeworkLength);
        builder.HasOne<LessonPlan>().WithMany().HasForeignKey(t => t.LessonPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.LessonPlanId, t.Number });
    }
}
