using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>Класс: a grade (параллель) and a letter in one academic year, e.g. «5А» of 2026/2027.</summary>
[Audited]
public sealed class SchoolClass : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public int Grade { get; set; }
    public required string Letter { get; set; }

    /// <summary>The class teacher (классный руководитель): a <see cref="StaffMember"/>.</summary>
    public Guid? ClassTeacherId { get; set; }
    public StaffMember? ClassTeacher { get; set; }

    /// <summary>The shift (смена) the class studies in, 1 or 2: which bells its lessons follow.</summary>
    public int Shift { get; set; } = 1;

    /// <summary>«5А»: the one way a class is named on every page, list, file and in the API.</summary>
    public string Name => NameOf(Grade, Letter);

    /// <summary>The name of a class from its grade and letter, for read models that project the two columns.</summary>
    public static string NameOf(int grade, string letter) => $"{grade}{letter}";
}

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.Property(c => c.Letter).HasMaxLength(10);
        builder.Ignore(c => c.Name);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ClassTeacher).WithMany().HasForeignKey(c => c.ClassTeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Grade, c.Letter }).IsUnique();
    }
}
