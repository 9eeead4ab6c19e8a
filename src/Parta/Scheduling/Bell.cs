using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// A line of the bell schedule (расписание звонков): when lesson <see cref="Number"/> of a shift starts and ends, on an
/// ordinary day or on a shortened one (<see cref="Shortened"/>, applied to the dates in <see cref="ShortenedDay"/>).
/// </summary>
[Audited]
public sealed class Bell : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }

    /// <summary>1 or 2 (смена).</summary>
    public int Shift { get; init; }

    public bool Shortened { get; init; }

    /// <summary>The lesson number, 0 («нулевой урок») to <see cref="ScheduleRules.MaxLessonNumber"/>.</summary>
    public int Number { get; init; }

    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}

internal sealed class BellConfiguration : IEntityTypeConfiguration<Bell>
{
    public void Configure(EntityTypeBuilder<Bell> builder)
    {
        builder.HasIndex(b => new { b.SchoolId, b.Shift, b.Shortened, b.Number }).IsUnique();
    }
}
