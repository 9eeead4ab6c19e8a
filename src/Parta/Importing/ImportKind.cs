using Parta.Access;

namespace Parta.Importing;

/// <summary>What a spreadsheet holds. The code (<c>students</c> …) names the kind in URLs and on the command line.</summary>
public enum ImportKind
{
    Students = 1,
    Staff = 2,
    Classes = 3,
    Subjects = 4,
    Curriculum = 5,
    Assignments = 6,
    Timetable = 7,

    /// <summary>
    /// A lesson plan (КТП): loaded into one plan, chosen on its page (<c>ImportLessonPlan</c>), so it is not among
    /// <see cref="ImportKinds.All"/>, the kinds of the school-wide import page.
    /// </summary>
    LessonPlan = 8,
}

/// <summary>A column of a kind's spreadsheet: its Russian header, as in the template and the export.</summary>
public sealed record ImportColumn(string Header, bool Required = false);

/// <summary>
/// The columns, titles and permission of each kind. The template, the export and the import use the same columns,
/// so an export can be imported back unchanged.
/// </summary>
public static class ImportKinds
{
    public const string FullName = "ФИО";
    public const string BirthDate = "Дата рождения";
    public const string Gender = "Пол";
    public const string PersonalFileNumber = "Номер личного дела";
    public const string SchoolClass = "Класс";
    public const string Address = "Адрес";
    public const string Phone = "Телефон";
    public const string Email = "Email";
    public const string Positions = "Должности";
    public const string ClassTeacher = "Классный руководитель";
    public const string Subject = "Предмет";
    public const string ShortName = "Краткое название";
    public const string Grade = "Параллель";
    public const string HoursPerWeek = "Часов в неделю";
    public const string Exam = "Экзамен";
    public const string Teacher = "Учитель";
    public const string ClassOrGroup = "Класс или группа";
    public const string Group = "Группа";
    public const string Day = "День";
    public const string LessonNumber = "Урок";
    public const string Room = "Кабинет";
    public const string Weeks = "Недели";
    public const string PlanSection = "Раздел";
    public const string PlanNumber = "№";
    public const string PlanTitle = "Тема";
    public const string PlanHours = "Часы";
    public const string PlanLessonType = "Тип урока";
    public const string PlanHomework = "Домашнее задание";

    public static string ParentFullName(int n) => $"Родитель {n}: ФИО";

    public static string ParentRelation(int n) => $"Родитель {n}: кем приходится";

    public static string ParentPhone(int n) => $"Родитель {n}: телефон";

    public static string ParentEmail(int n) => $"Родитель {n}: email";

    public static readonly IReadOnlyList<ImportKind> All =
        [ImportKind.Students, ImportKind.Staff, ImportKind.Classes, ImportKind.Subjects, ImportKind.Curriculum, ImportKind.Assignments,
         ImportKind.Timetable];

    public static string Code(this ImportKind kind) => kind switch
    {
        ImportKind.Students => "students",
        ImportKind.Staff => "staff",
        ImportKind.Classes => "classes",
        ImportKind.Subjects => "subjects",
        ImportKind.Curriculum => "curriculum",
        ImportKind.Timetable => "timetable",
        ImportKind.LessonPlan => "lesson-plan",
        _ => "assignments",
    };

    public static bool TryParse(string? code, out ImportKind kind)
    {
        var found = All.Where(k => string.Equals(k.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        kind = found.Count == 1 ? found[0] : default;
        return found.Count == 1;
    }

    public static string Title(this ImportKind kind) => kind switch
    {
        ImportKind.Students => "Учащиеся и родители",
        ImportKind.Staff => "Сотрудники",
        ImportKind.Classes => "Классы",
        ImportKind.Subjects => "Предметы",
        ImportKind.Curriculum => "Учебный план",
        ImportKind.Timetable => "Расписание уроков",
        ImportKind.LessonPlan => "КТП",
        _ => "Учебная нагрузка",
    };

    /// <summary>
    /// People kinds need <see cref="Permissions.PeopleEdit"/>; the school's structure needs <see cref="Permissions.SchoolEdit"/>;
    /// the timetable needs <see cref="Permissions.ScheduleEdit"/>, the right of its editor.
    /// </summary>
    public static string Permission(this ImportKind kind) => kind switch
    {
        ImportKind.Students or ImportKind.Staff => Permissions.PeopleEdit,
        ImportKind.Timetable => Permissions.ScheduleEdit,
        ImportKind.LessonPlan => Permissions.PlanningEditOwn,
        _ => Permissions.SchoolEdit,
    };

    public static IReadOnlyList<ImportColumn> Columns(this ImportKind kind) => kind switch
    {
        ImportKind.Students =>
        [
            new(FullName, true), new(BirthDate, true), new(Gender), new(PersonalFileNumber), new(SchoolClass, true), new(Address), new(Phone),
            new(ParentFullName(1)), new(ParentRelation(1)), new(ParentPhone(1)), new(ParentEmail(1)),
            new(ParentFullName(2)), new(ParentRelation(2)), new(ParentPhone(2)), new(ParentEmail(2)),
        ],
        ImportKind.Staff => [new(FullName, true), new(BirthDate), new(Positions), new(Phone), new(Email)],
        ImportKind.Classes => [new(SchoolClass, true), new(ClassTeacher)],
        ImportKind.Subjects => [new(Subject, true), new(ShortName)],
        ImportKind.Curriculum => [new(Subject, true), new(Grade, true), new(HoursPerWeek, true), new(SchoolClass), new(Exam)],
        ImportKind.Timetable =>
            [new(SchoolClass, true), new(Group), new(Day, true), new(LessonNumber, true), new(Subject, true), new(Teacher), new(Room), new(Weeks)],
        ImportKind.LessonPlan =>
            [new(PlanSection), new(PlanNumber), new(PlanTitle, true), new(PlanHours), new(PlanLessonType), new(PlanHomework)],
        _ => [new(Teacher, true), new(Subject, true), new(ClassOrGroup, true), new(HoursPerWeek)],
    };

    /// <summary>The example row of the template.</summary>
    public static IReadOnlyList<string> SampleRow(this ImportKind kind) => kind switch
    {
        ImportKind.Students =>
        [
            "Кузнецова Анна Дмитриевна", "14.03.2015", "ж", "К-101", "5А", "г. Демо, ул. Школьная, д. 5, кв. 12", "+7 900 111-22-33",
            "Кузнецова Ольга Александровна", "мать", "+7 900 222-33-44", "o.kuznetsova@example.ru",
            "Кузнецов Дмитрий Сергеевич", "отец", "+7 900 333-44-55", "",
        ],
        ImportKind.Staff => ["Иванова Мария Ивановна", "12.04.1985", "учитель; заместитель директора", "+7 900 444-55-66", "m.ivanova@example.ru"],
        ImportKind.Classes => ["5А", "Иванова Мария Ивановна"],
        ImportKind.Subjects => ["Математика", "Матем."],
        ImportKind.Curriculum => ["Математика", "9", "5", "", "да"],
        ImportKind.Timetable => ["5А", "", "Пн", "1", "Математика", "Иванова Мария Ивановна", "214", ""],
        ImportKind.LessonPlan => ["Натуральные числа", "1", "Ряд натуральных чисел", "2", "Изучение нового материала", "§1, № 1–5"],
        _ => ["Иванова Мария Ивановна", "Математика", "5А", "5"],
    };
}
