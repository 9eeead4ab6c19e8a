using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>Сотрудник: a member of staff with their positions (должности), e.g. «учитель; заместитель директора».</summary>
[Audited]
public sealed class StaffMember : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public string? MiddleName { get; set; }
    [PersonalData] public DateOnly? BirthDate { get; set; }
    [PersonalData] public string? Phone { get; set; }
    [PersonalData] public string? Email { get; set; }

    /// <summary>Positions separated by «; », from <see cref="StandardPositions"/> or free text.</summary>
    public string Positions { get; set; } = "";

    public Guid? UserId { get; set; }

    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);

    public static readonly IReadOnlyList<string> StandardPositions =
    [
        "директор", "заместитель директора", "учитель", "педагог-организатор", "педагог-психолог", "социальный педагог",
        "учитель-логопед", "педагог дополнительного образования", "библиотекарь", "секретарь",
    ];
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.MiddleName).HasMaxLength(100);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Positions).HasMaxLength(300);
        builder.Ignore(s => s.FullName);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.SchoolId, s.LastName, s.FirstName });
        builder.HasIndex(s => s.UserId);
    }
}
