using Parta.Scheduling;

namespace Parta.Planning;

/// <summary>The bounds of a lesson plan; the editor, the API and the import check by these.</summary>
public static class PlanRules
{
    public const int NameLength = 200;
    public const int SectionLength = 300;

    /// <summary>A plan topic becomes a lesson's topic, so it has the lesson topic's length.</summary>
    public const int TitleLength = ScheduleRules.TopicLength;
    public const int HomeworkLength = 1000;
    public const int MaxHours = 99;
    public const int MaxTopics = 500;

    public static string Title(LessonType type) => type switch
    {
        LessonType.NewMaterial => "Изучение нового материала",
        LessonType.Combined => "Комбинированный",
        LessonType.Practice => "Практическая работа",
        LessonType.Laboratory => "Лабораторная работа",
        LessonType.Review => "Повторение и обобщение",
        LessonType.Control => "Контроль знаний",
        _ => "Другой",
    };
}
