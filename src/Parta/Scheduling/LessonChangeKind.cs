namespace Parta.Scheduling;

/// <summary>How a dated lesson differs from the weekly timetable (the API's <c>changed</c>).</summary>
public enum LessonChangeKind
{
    /// <summary>Замена: another teacher gives the lesson.</summary>
    Substitution = 1,

    /// <summary>Отмена: the lesson does not take place.</summary>
    Cancelled = 2,

    /// <summary>Перенос: another lesson number, or another room.</summary>
    Moved = 3,

    /// <summary>Дополнительный урок: a lesson the timetable does not have.</summary>
    Extra = 4,
}
