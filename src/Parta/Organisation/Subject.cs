using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;

namespace Parta.Organisation;

/// <summary>Предмет, with a short name for narrow columns.</summary>
[Audited]
public sealed class Subject : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Which marks the subject's journal accepts (пятибалльная or зачёт/незачёт).</summary>
    public Journal.MarkScale Scale { get; set; } = Journal.MarkScale.FivePoint;

    /// <summary>
    /// The form in which two subjects' names are the same subject: case ignored, «ё» as «е» («Основы счёта» is
    /// «ОСНОВЫ СЧЕТА»). The form, the import and the standard list all compare names by it.
    /// </summary>
    public static string NameKey(string name) => NameSearch.Fold(name.Trim());

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

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ShortName).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SchoolId, s.Name }).IsUnique();
    }
}
