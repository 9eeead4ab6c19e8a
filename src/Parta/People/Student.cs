using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>
/// Учащийся: the personal card of a child. Every field marked <see cref="PersonalDataAttribute"/> is personal data
/// (152-ФЗ): collected at the minimum, shown only to those who need it, and its views are logged
/// (<see cref="PersonalDataView"/>).
/// </summary>
[Audited]
public sealed class Student : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }

    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public string? MiddleName { get; set; }
    [PersonalData] public DateOnly? BirthDate { get; set; }
    [PersonalData] public Gender? Gender { get; set; }

    /// <summary>Номер личного дела, unique in the school (e.g. «К-37»).</summary>
    public string? PersonalFileNumber { get; set; }

    [PersonalData] public string? Phone { get; set; }
    [PersonalData] public string? Email { get; set; }
    [PersonalData] public string? Address { get; set; }

    /// <summary>Группа здоровья (1–5).</summary>
    [PersonalData] public int? HealthGroup { get; set; }

    /// <summary>The class the student is in now (the movement book makes class lists exact on any date).</summary>
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }

    /// <summary>The student's own account, if any.</summary>
    public Guid? UserId { get; set; }

    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.MiddleName).HasMaxLength(100);
        builder.Property(s => s.PersonalFileNumber).HasMaxLength(30);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(500);
        builder.Ignore(s => s.FullName);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SchoolClass).WithMany().HasForeignKey(s => s.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.SchoolId, s.LastName, s.FirstName });
        builder.HasIndex(s => new { s.SchoolId, s.PersonalFileNumber }).IsUnique();
        builder.HasIndex(s => s.SchoolClassId);
        builder.HasIndex(s => s.UserId);
    }
}
