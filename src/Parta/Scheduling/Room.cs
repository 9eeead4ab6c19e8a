using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Кабинет: a room of the school where lessons are given, with how many students it seats.</summary>
[Audited]
public sealed class Room : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }

    /// <summary>«214», «Спортзал»: how the room is named on the timetable.</summary>
    public required string Name { get; set; }

    public int? Capacity { get; set; }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(RoomRules.NameLength);
        builder.HasIndex(r => new { r.SchoolId, r.Name }).IsUnique();
    }
}
