using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Access;

/// <summary>Deployment-wide settings kept in the database (e.g. the one-time setup token's hash).</summary>
public sealed class SystemSetting
{
    public const string SetupTokenHash = "setup-token-hash";

    public required string Key { get; init; }
    public required string Value { get; set; }
}

internal sealed class SystemSettingConfiguration : IEntityTypeConfiguration<SystemSetting>
{
    public void Configure(EntityTypeBuilder<SystemSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
    }
}
