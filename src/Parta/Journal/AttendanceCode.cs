using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>What an attendance code means for the reports (пропущено всего / по уважительной / по болезни, опоздания).</summary>
public enum AttendanceKind
{
    Absent,
    Excused,
    Ill,
    Late,
}

/// <summary>Отметка посещаемости («Н», «УП», «Б», «ОП»): per school, each counted as an absence or not.</summary>
[Audited]
public sealed class AttendanceCode : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }

    /// <summary>What the journal cell shows, 1–4 capital letters, unique in the school («Н»).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AttendanceKind Kind { get; set; }

    /// <summary>An absence: a mark in the same lesson contradicts it, and it counts as a missed lesson.</summary>
    public bool IsAbsence { get; set; } = true;

    public int SortOrder { get; set; }
}

internal sealed class AttendanceCodeConfiguration : IEntityTypeConfiguration<AttendanceCode>
{
    public void Configure(EntityTypeBuilder<AttendanceCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(JournalRules.AttendanceCodeLength);
        builder.Property(c => c.Name).HasMaxLength(JournalRules.NameLength);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SchoolId, c.Code }).IsUnique();
    }
}
