namespace Parta.Scheduling;

/// <summary>The kinds of conflict a timetable is checked for.</summary>
public enum ConflictKind
{
    /// <summary>A teacher has two lessons at once.</summary>
    TeacherBusy = 1,

    /// <summary>A room has two lessons at once.</summary>
    RoomBusy = 2,

    /// <summary>Students (through their class and groups) have two lessons at once.</summary>
    StudentsBusy = 3,

    /// <summary>A lesson on a day the class does not study (a Saturday of a 5-day week).</summary>
    NotSchoolDay = 4,

    /// <summary>More lessons a week than the sanitary maximum for the grade.</summary>
    SanitaryLoad = 5,

    /// <summary>A teaching assignment's lessons a week differ from its hours.</summary>
    AssignmentHours = 6,

    /// <summary>A class's lessons of a subject a week differ from the curriculum.</summary>
    CurriculumHours = 7,
}

/// <summary>Where a conflict is: a slot of a class's (or a group's) week, to open and fix.</summary>
public sealed record ConflictPlace(Guid? ClassId, Guid? GroupId, string Label, int? Day, int? Number);

/// <summary>
/// A conflict of a timetable, in words, with the lines it is made of and the places to fix it. Only hours may be kept
/// («сохранить всё равно»): every other conflict is refused when a line is saved, and listed until it is fixed.
/// </summary>
public sealed record TimetableConflict(ConflictKind Kind, string Message, IReadOnlyList<Guid> LineIds, IReadOnlyList<ConflictPlace> Places)
{
    /// <summary>Hours that differ from the curriculum or the load: a warning a deputy director may keep.</summary>
    public bool MayBeKept => Kind is ConflictKind.AssignmentHours or ConflictKind.CurriculumHours;

    /// <summary>Only for hours: the line count is over (not under) the plan.</summary>
    public bool IsOver { get; init; }

    public Guid? AssignmentId { get; init; }
    public Guid? ClassId { get; init; }
    public Guid? SubjectId { get; init; }
}
