using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>A date on which the school follows the shortened bell schedule (сокращённый день), with why.</summary>
[Audited]
public sealed class ShortenedDay : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public DateOnly Date { get; init; }
    public string? Reason { get; set; }
}

internal sealed class ShortenedDayConfiguration : IEntityTypeConfiguration<ShortenedDay>
{
    public void Configure(EntityTypeBuilder<ShortenedDay> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(200);
        builder.HasIndex(d => new { d.SchoolId, d.Date }).IsUnique();
    }
}
