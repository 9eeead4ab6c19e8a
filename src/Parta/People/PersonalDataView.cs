using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>Who opened whose personal data, when, and on which page: the access log of 152-ФЗ.</summary>
public sealed class PersonalDataView : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public DateTime At { get; init; }
    public Guid? UserId { get; init; }
    public required string UserLogin { get; init; }

    /// <summary>The entity type whose card was opened: Student, Guardian or StaffMember.</summary>
    public required string SubjectType { get; init; }
    public Guid SubjectId { get; init; }
    public required string Page { get; init; }
}

internal sealed class PersonalDataViewConfiguration : IEntityTypeConfiguration<PersonalDataView>
{
    public void Configure(EntityTypeBuilder<PersonalDataView> builder)
    {
        builder.Property(v => v.UserLogin).HasMaxLength(256);
        builder.Property(v => v.SubjectType).HasMaxLength(50);
        builder.Property(v => v.Page).HasMaxLength(200);
        builder.HasIndex(v => new { v.SchoolId, v.SubjectType, v.SubjectId, v.At });
    }
}
