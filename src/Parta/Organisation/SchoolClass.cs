using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>Класс: a grade (параллель) and a letter in one academic year, e.g. «5А» of 2026/2027.</summary>
[Audited]
public sealed class SchoolClass : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public int Grade { get; set; }
    public required string Letter { get; set; }

    /// <summary>The class teacher (классный руководитель): a <see cref="StaffMember"/>.</summary>
    public Guid? ClassTeacherId { get; set; }
    public StaffMember? ClassTeacher { get; set; }

    public string Name => $"{Grade}{Letter}";
}

/// <summary>
/// Группа: a part of a class (English 1 and 2, with <see cref="SchoolClassId"/>) or students of several classes
/// (an elective, with no class).
/// </summary>
[Audited]
public sealed class StudyGroup : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public required string Name { get; set; }
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }
    public Guid? SubjectId { get; set; }
}

/// <summary>
/// A student in a group. A student who leaves the group's class (transfer, promotion, withdrawal) leaves the group on the
/// same date: <see cref="Until"/> is that date (exclusive), set by the movement book; a current member has none.
/// </summary>
[Audited]
public sealed class StudyGroupMember : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid StudyGroupId { get; init; }
    public Guid StudentId { get; init; }
    public DateOnly? Until { get; set; }
}

internal sealed class SchoolClassConfiguration :
    IEntityTypeConfiguration<SchoolClass>, IEntityTypeConfiguration<StudyGroup>, IEntityTypeConfiguration<StudyGroupMember>
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

    public void Configure(EntityTypeBuilder<StudyGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(g => g.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.SchoolClass).WithMany().HasForeignKey(g => g.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subject>().WithMany().HasForeignKey(g => g.SubjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.SchoolId, g.AcademicYearId, g.Name });
    }

    public void Configure(EntityTypeBuilder<StudyGroupMember> builder)
    {
        builder.HasOne<StudyGroup>().WithMany().HasForeignKey(m => m.StudyGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.StudyGroupId, m.StudentId }).IsUnique();
        builder.HasIndex(m => m.StudentId);
    }
}
