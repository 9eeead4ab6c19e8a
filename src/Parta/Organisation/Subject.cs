using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>Предмет, with a short name for narrow columns.</summary>
[Audited]
public sealed class Subject : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The standard subjects of Russian general education (ФГОС), in the usual order of a report card.</summary>
    public static readonly IReadOnlyList<(string Name, string ShortName)> Standard =
    [
        ("Русский язык", "Рус. яз."),
        ("Литературное чтение", "Лит. чт."),
        ("Литература", "Лит-ра"),
        ("Родной язык", "Родн. яз."),
        ("Иностранный язык (английский)", "Англ. яз."),
        ("Второй иностранный язык (немецкий)", "Нем. яз."),
        ("Математика", "Матем."),
        ("Алгебра", "Алгебра"),
        ("Геометрия", "Геометр."),
        ("Вероятность и статистика", "Вер. и стат."),
        ("Информатика", "Информ."),
        ("Окружающий мир", "Окр. мир"),
        ("История", "История"),
        ("Обществознание", "Общество"),
        ("География", "Геогр."),
        ("Биология", "Биология"),
        ("Физика", "Физика"),
        ("Химия", "Химия"),
        ("Основы религиозных культур и светской этики", "ОРКСЭ"),
        ("Основы духовно-нравственной культуры народов России", "ОДНКНР"),
        ("Изобразительное искусство", "ИЗО"),
        ("Музыка", "Музыка"),
        ("Труд (технология)", "Труд"),
        ("Физическая культура", "Физ-ра"),
        ("Основы безопасности и защиты Родины", "ОБЗР"),
        ("Индивидуальный проект", "Инд. пр."),
    ];
}

/// <summary>A line of the curriculum (учебный план): hours per week of a subject in a grade, or in one class.</summary>
[Audited]
public sealed class CurriculumLine : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public Guid SubjectId { get; set; }
    public int Grade { get; set; }

    /// <summary>Set when this class differs from its grade's curriculum.</summary>
    public Guid? SchoolClassId { get; set; }

    public decimal HoursPerWeek { get; set; }
}

/// <summary>Учебная нагрузка: a teacher teaches a subject to a class or a group in a year.</summary>
[Audited]
public sealed class TeachingAssignment : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; set; }
    public Guid StaffMemberId { get; set; }
    public StaffMember? Teacher { get; set; }
    public Guid SubjectId { get; set; }
    public Subject? Subject { get; set; }

    /// <summary>Exactly one of <see cref="SchoolClassId"/> and <see cref="StudyGroupId"/> is set.</summary>
    public Guid? SchoolClassId { get; set; }
    public SchoolClass? SchoolClass { get; set; }
    public Guid? StudyGroupId { get; set; }
    public StudyGroup? StudyGroup { get; set; }

    public decimal HoursPerWeek { get; set; }
}

internal sealed class SubjectConfiguration :
    IEntityTypeConfiguration<Subject>, IEntityTypeConfiguration<CurriculumLine>, IEntityTypeConfiguration<TeachingAssignment>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ShortName).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SchoolId, s.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<CurriculumLine> builder)
    {
        builder.Property(c => c.HoursPerWeek).HasPrecision(5, 2);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(c => c.SchoolClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Grade, c.SubjectId, c.SchoolClassId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TeachingAssignment> builder)
    {
        builder.Property(a => a.HoursPerWeek).HasPrecision(5, 2);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(a => a.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Teacher).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Subject).WithMany().HasForeignKey(a => a.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SchoolClass).WithMany().HasForeignKey(a => a.SchoolClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.StudyGroup).WithMany().HasForeignKey(a => a.StudyGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SchoolId, a.AcademicYearId, a.StaffMemberId });
        builder.HasIndex(a => a.SchoolClassId);
        builder.HasIndex(a => a.StudyGroupId);
        builder.ToTable(t => t.HasCheckConstraint("CK_TeachingAssignment_ClassOrGroup",
            "(\"SchoolClassId\" IS NULL) <> (\"StudyGroupId\" IS NULL)"));
    }
}
