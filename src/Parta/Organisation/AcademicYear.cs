using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Учебный год, e.g. «2026/2027», 1 September – 31 August.</summary>
[Audited]
public sealed class AcademicYear : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>«2026/2027» for the year that starts in September of <paramref name="startYear"/>.</summary>
    public static string NameFor(int startYear) => $"{startYear}/{startYear + 1}";
}

/// <summary>The kind of a period scheme; the API gives it as <c>quarter</c>, <c>half</c>, <c>trimester</c>, <c>year</c>.</summary>
public enum PeriodKind
{
    Quarter = 1,
    Half = 2,
    Trimester = 3,
    Year = 4,
    Custom = 5,
}

/// <summary>A way of dividing the year into periods (четверти, полугодия, триместры), used by some grades.</summary>
[Audited]
public sealed class PeriodScheme : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public required string Name { get; set; }
    public PeriodKind Kind { get; set; }
    public List<Period> Periods { get; init; } = [];
}

/// <summary>Учебный период: dates and the closed flag (a closed period's marks are read-only).</summary>
[Audited]
public sealed class Period : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid PeriodSchemeId { get; init; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public bool Closed { get; set; }
}

/// <summary>What a grade (параллель) follows in a year: its period scheme and a 5- or 6-day week.</summary>
[Audited]
public sealed class GradeSettings : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public int Grade { get; init; }
    public Guid? PeriodSchemeId { get; set; }
    public int DaysPerWeek { get; set; } = 5;
}

public enum CalendarEntryKind
{
    /// <summary>Каникулы: a range of days without lessons.</summary>
    Holidays = 1,

    /// <summary>Праздничный день.</summary>
    PublicHoliday = 2,

    /// <summary>Перенесённый рабочий день: a weekend day that is a school day.</summary>
    WorkingDay = 3,

    /// <summary>Перенесённый выходной: a weekday without lessons.</summary>
    DayOff = 4,
}

/// <summary>An entry of the school calendar (календарный учебный график); <see cref="Grade"/> limits it to one grade.</summary>
[Audited]
public sealed class CalendarEntry : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public CalendarEntryKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int? Grade { get; set; }
}

internal sealed class AcademicYearConfiguration :
    IEntityTypeConfiguration<AcademicYear>, IEntityTypeConfiguration<PeriodScheme>, IEntityTypeConfiguration<Period>,
    IEntityTypeConfiguration<GradeSettings>, IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<AcademicYear> builder)
    {
        builder.Property(y => y.Name).HasMaxLength(20);
        builder.HasOne<School>().WithMany().HasForeignKey(y => y.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(y => new { y.SchoolId, y.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PeriodScheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(s => s.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Periods).WithOne().HasForeignKey(p => p.PeriodSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SchoolId, s.AcademicYearId });
    }

    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => new { p.PeriodSchemeId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.SchoolId, p.Start });
    }

    public void Configure(EntityTypeBuilder<GradeSettings> builder)
    {
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(g => g.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PeriodScheme>().WithMany().HasForeignKey(g => g.PeriodSchemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.AcademicYearId, g.Grade }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CalendarEntry> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Start });
    }
}
