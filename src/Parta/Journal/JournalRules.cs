namespace Parta.Journal;

/// <summary>The bounds and defaults of the journal's settings and cells: every page, API and import checks by these.</summary>
public static class JournalRules
{
    public const int CodeLength = 30;
    public const int NameLength = 100;
    public const int TitleLength = 200;
    public const int MarkLength = 8;
    public const int AttendanceCodeLength = 4;
    public const int CommentLength = 500;
    public const int HomeworkLength = 4000;
    public const int FileNameLength = 200;
    public const int ReasonLength = 1000;

    public const decimal MinWeight = 0.1m;
    public const decimal MaxWeight = 10m;
    public const int MaxAssessmentsPerLesson = 5;
    public const int MaxLateEntryDays = 60;
    public const int DefaultLateEntryDays = 3;

    /// <summary>A homework file's largest size and the kinds accepted (documents, pictures, archives of them).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxFilesPerLesson = 10;

    public static readonly IReadOnlyList<(string Code, string Name, decimal Weight, bool ForHomework)> DefaultWorkTypes =
    [
        ("answer", "Ответ на уроке", 1, false),
        ("test", "Самостоятельная работа", 2, false),
        ("control", "Контрольная работа", 3, false),
        ("lab", "Лабораторная работа", 2, false),
        ("dictation", "Диктант", 2, false),
        ("essay", "Сочинение", 2, true),
        ("homework", "Домашняя работа", 1, true),
        ("project", "Проект", 2, true),
    ];

    public static readonly IReadOnlyList<(string Code, string Name, AttendanceKind Kind, bool IsAbsence)> DefaultAttendanceCodes =
    [
        ("Н", "Отсутствовал без уважительной причины", AttendanceKind.Absent, true),
        ("УП", "Отсутствовал по уважительной причине", AttendanceKind.Excused, true),
        ("Б", "Болел", AttendanceKind.Ill, true),
        ("ОП", "Опоздал", AttendanceKind.Late, false),
    ];
}
