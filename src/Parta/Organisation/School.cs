using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Образовательная организация. Not school-owned itself: it is the tenant.</summary>
[Audited]
public sealed class School : Entity, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public const string DefaultTimeZone = "Europe/Moscow";

    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public string? Address { get; set; }

    /// <summary>IANA time zone id; "today" for this school is computed in it.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>How many days after a movement event its order may still be signed (the movement book refuses later orders).</summary>
    public int MaxOrderDelayDays { get; set; } = 30;

    /// <summary>How many days after a lesson an entry into its journal is still on time; a later one is recorded as late.</summary>
    public int LateEntryDays { get; set; } = Journal.JournalRules.DefaultLateEntryDays;

    /// <summary>A school made by the demo preset: every page shows the demo banner.</summary>
    public bool IsDemo { get; set; }

    public DateOnly Today(TimeProvider time) => TodayIn(TimeZone, time);

    /// <summary>Today in a school's time zone (the default zone when none is known).</summary>
    public static DateOnly TodayIn(string? timeZone, TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, FindTimeZone(timeZone ?? DefaultTimeZone)));

    /// <summary>A stored moment (UTC) as the clocks in a school's time zone showed it (the default zone when none is known).</summary>
    public static DateTime LocalTimeIn(string? timeZone, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FindTimeZone(timeZone ?? DefaultTimeZone));

    public static TimeZoneInfo FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.ShortName).HasMaxLength(100);
        builder.Property(s => s.Address).HasMaxLength(500);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.HasOne(s => s.Municipality).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
