using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Grading;

/// <summary>Which final mark a <see cref="FinalMark"/> is.</summary>
public enum FinalMarkKind
{
    /// <summary>За четверть (полугодие, триместр): <see cref="FinalMark.PeriodId"/> says which.</summary>
    Period,

    /// <summary>Годовая.</summary>
    Year,

    /// <summary>Экзаменационная, where the curriculum has an exam in the subject.</summary>
    Exam,

    /// <summary>Итоговая.</summary>
    Final,
}

/// <summary>
/// Итоговая отметка of a student in a subject: for a period, the year, the exam or final. One a student, subject and
/// period (or year and kind), whichever teaching assignment set it; its id is made from those keys (<see cref="IdFor"/>),
/// so clearing and setting again keeps one id and one history. Only <see cref="Value"/> is audited.
/// </summary>
[Audited]
public sealed class FinalMark : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    [NotAudited] public uint Version { get; set; }

    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid AcademicYearId { get; init; }
    [NotAudited] public Guid StudentId { get; init; }
    [NotAudited] public Guid SubjectId { get; init; }
    [NotAudited] public FinalMarkKind Kind { get; init; }

    /// <summary>The period of a period mark; null for the year, exam and final marks.</summary>
    [NotAudited] public Guid? PeriodId { get; init; }

    /// <summary>«5»…«1», «зач», «незач», «н/а» (не аттестован) or «осв» (освобождён).</summary>
    public required string Value { get; set; }

    /// <summary>The five-point value as a number; null for the others.</summary>
    [NotAudited] public int? Points { get; set; }

    [NotAudited] public DateTime ChangedAt { get; set; }

    /// <summary>The id of the mark of these keys (the period for a period mark, else the year).</summary>
    public static Guid IdFor(Guid studentId, Guid subjectId, FinalMarkKind kind, Guid periodOrYearId)
    {
        Span<byte> input = stackalloc byte[52];
        studentId.TryWriteBytes(input[..16]);
        subjectId.TryWriteBytes(input[16..32]);
        periodOrYearId.TryWriteBytes(input[32..48]);
        BitConverter.TryWriteBytes(input[48..], (int)kind);
        return Journal.CellId.FromKeys(input);
    }
}

internal sealed class FinalMarkConfiguration : IEntityTypeConfiguration<FinalMark>
{
    public void Configure(EntityTypeBuilder<FinalMark> builder)
    {
        builder.Property(m => m.Value).HasMaxLength(FinalMarkValues.Length);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(m => m.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(m => m.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Period>().WithMany().HasForeignKey(m => m.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.StudentId, m.AcademicYearId });
        builder.HasIndex(m => new { m.PeriodId, m.SubjectId });
    }
}
