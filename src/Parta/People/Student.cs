using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

public enum Gender
{
    Male = 1,
    Female = 2,
}

public static class GenderTitles
{
    public static string Title(this Gender? gender) => gender switch
    {
        Gender.Male => "мужской",
        Gender.Female => "женский",
        _ => "",
    };
}

/// <summary>
/// Учащийся: the personal card of a child. Every field marked <see cref="PersonalDataAttribute"/> is personal data
/// (152-ФЗ): collected at the minimum, shown only to those who need it, and its views are logged
/// (<see cref="PersonalDataView"/>).
/// </summary>
[Audited]
public sealed class Student : Entity, ISchoolOwned
{
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

/// <summary>A parent or legal representative (законный представитель) known to a school, with their account if any.</summary>
[Audited]
public sealed class Guardian : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public string? MiddleName { get; set; }
    [PersonalData] public string? Phone { get; set; }
    [PersonalData] public string? Email { get; set; }

    /// <summary>The account; the same account links a parent's guardian cards in several schools.</summary>
    public Guid? UserId { get; set; }

    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

/// <summary>A guardian of a student, with the relation («мать», «отец», «опекун» …).</summary>
[Audited]
public sealed class Guardianship : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid StudentId { get; init; }
    public Guid GuardianId { get; init; }
    public required string Relation { get; set; }

    public Student? Student { get; init; }
    public Guardian? Guardian { get; init; }
}

/// <summary>Сотрудник: a member of staff with their positions (должности), e.g. «учитель; заместитель директора».</summary>
[Audited]
public sealed class StaffMember : Entity, ISchoolOwned
{
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

internal sealed class PeopleConfiguration :
    IEntityTypeConfiguration<Student>, IEntityTypeConfiguration<Guardian>, IEntityTypeConfiguration<Guardianship>,
    IEntityTypeConfiguration<StaffMember>, IEntityTypeConfiguration<PersonalDataView>
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

    public void Configure(EntityTypeBuilder<Guardian> builder)
    {
        builder.Property(g => g.LastName).HasMaxLength(100);
        builder.Property(g => g.FirstName).HasMaxLength(100);
        builder.Property(g => g.MiddleName).HasMaxLength(100);
        builder.Property(g => g.Phone).HasMaxLength(40);
        builder.Property(g => g.Email).HasMaxLength(200);
        builder.Ignore(g => g.FullName);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.SchoolId, g.LastName, g.FirstName });
        builder.HasIndex(g => g.UserId);
    }

    public void Configure(EntityTypeBuilder<Guardianship> builder)
    {
        builder.Property(g => g.Relation).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Student).WithMany().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Guardian).WithMany().HasForeignKey(g => g.GuardianId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.StudentId, g.GuardianId }).IsUnique();
        builder.HasIndex(g => g.GuardianId);
    }

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

    public void Configure(EntityTypeBuilder<PersonalDataView> builder)
    {
        builder.Property(v => v.UserLogin).HasMaxLength(256);
        builder.Property(v => v.SubjectType).HasMaxLength(50);
        builder.Property(v => v.Page).HasMaxLength(200);
        builder.HasIndex(v => new { v.SchoolId, v.SubjectType, v.SubjectId, v.At });
    }
}
