using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>Учащийся: the personal card of a child (personal data, 152-ФЗ).</summary>
[Audited]
public sealed class Student : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }

    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public string? MiddleName { get; set; }
    [PersonalData] public DateOnly? BirthDate { get; set; }

    /// <summary>The class the student is in now.</summary>
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }

    /// <summary>The student's own account, if any.</summary>
    public Guid? UserId { get; set; }

    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

/// <summary>A parent or legal representative (законный представитель) of a student, with their account.</summary>
[Audited]
public sealed class Guardianship : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid StudentId { get; init; }
    public Guid UserId { get; init; }
    public required string Relation { get; set; }

    public Student? Student { get; init; }
}

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.MiddleName).HasMaxLength(100);
        builder.Ignore(s => s.FullName);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SchoolClass).WithMany().HasForeignKey(s => s.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.SchoolId, s.LastName, s.FirstName });
        builder.HasIndex(s => s.UserId);
    }
}

internal sealed class GuardianshipConfiguration : IEntityTypeConfiguration<Guardianship>
{
    public void Configure(EntityTypeBuilder<Guardianship> builder)
    {
        builder.Property(g => g.Relation).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Student).WithMany().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.StudentId, g.UserId }).IsUnique();
        builder.HasIndex(g => g.UserId);
    }
}
