using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Класс: a grade (параллель) and a letter, e.g. «5А».</summary>
public sealed class SchoolClass : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public int Grade { get; set; }
    public required string Letter { get; set; }
    public Guid? ClassTeacherId { get; set; }

    public string Name => $"{Grade}{Letter}";
}

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.Property(c => c.Letter).HasMaxLength(10);
        builder.Ignore(c => c.Name);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SchoolId, c.Grade, c.Letter }).IsUnique();
    }
}
