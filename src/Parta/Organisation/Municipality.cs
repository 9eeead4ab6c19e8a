using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Муниципалитет: a group of schools under one education authority, within a region.</summary>
public sealed class Municipality : Entity
{
    public required string Name { get; set; }
    public string? Region { get; set; }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Region).HasMaxLength(200);
        builder.HasIndex(m => m.Name).IsUnique();
    }
}
