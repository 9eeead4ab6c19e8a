namespace Parta.Access;

/// <summary>A right that a role may have in a school, by its code (e.g. <c>journal.edit.own</c>).</summary>
public sealed record Permission(string Code, string Title, string Group);

/// <summary>
/// Every permission the system knows. Roles get a default set (<see cref="DefaultPermissions"/>);
/// a school's coordinator overrides it per role (<see cref="RolePermissionOverride"/>).
/// Resource rules (own class, own child) apply on top: see <see cref="ResourceRules"/>.
/// </summary>
public static class Permissions
{
    public const string SchoolsManage = "schools.manage";
    public const string SchoolView = "school.view";
    public const string SchoolEdit = "school.edit";
    public const string RightsManage = "rights.manage";
    public const string UsersManage = "users.manage";
    public const string AuditView = "audit.view";
    public const string PeopleView = "people.view";
    public const string PeopleEdit = "people.edit";
    public const string StudentCardView = "students.card.view";
    public const string MovementView = "movement.view";
    public const string MovementEdit = "movement.edit";
    public const string MovementCorrect = "movement.correct";
    public const string ScheduleView = "schedule.view";
    public const string ScheduleEdit = "schedule.edit";
    public const string PlanningEditOwn = "planning.edit.own";
    public const string JournalEditOwn = "journal.edit.own";
    public const string JournalViewClass = "journal.view.class";
    public const string JournalViewAll = "journal.view.all";
    public const string JournalEditClosed = "journal.edit.closed";
    public const string GradingEditOwn = "grading.edit.own";
    public const string PeriodsClose = "periods.close";
    public const string ReportsClass = "reports.class";
    public const string ReportsSchool = "reports.school";
    public const string ReportsAuthority = "reports.authority";
    public const string DiaryView = "diary.view";
    public const string MessagesSend = "messages.send";
    public const string AnnouncementsPublish = "announcements.publish";
    public const string DocumentsManage = "documents.manage";
    public const string MaterialsEdit = "materials.edit";
    public const string CoursesEdit = "courses.edit";
    public const string TestsEdit = "tests.edit";
    public const string ImplementationManage = "implementation.manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(SchoolsManage, "Управление школами развёртывания", "Система"),
        new(SchoolView, "Просмотр сведений о школе", "Школа"),
        new(SchoolEdit, "Изменение сведений о школе и структуры", "Школа"),
        new(RightsManage, "Управление правами доступа", "Школа"),
        new(UsersManage, "Управление учётными записями", "Школа"),
        new(AuditView, "Просмотр истории изменений", "Школа"),
        new(PeopleView, "Просмотр списков учащихся и сотрудников", "Люди"),
        new(PeopleEdit, "Изменение личных карточек", "Люди"),
        new(StudentCardView, "Просмотр персональных данных учащихся", "Люди"),
        new(MovementView, "Просмотр книги движения", "Движение"),
        new(MovementEdit, "Ведение книги движения", "Движение"),
        new(MovementCorrect, "Исправление записей книги движения", "Движение"),
        new(ScheduleView, "Просмотр расписания", "Расписание"),
        new(ScheduleEdit, "Составление расписания", "Расписание"),
        new(PlanningEditOwn, "Ведение своих КТП", "Журнал"),
        new(JournalEditOwn, "Ведение своих журналов", "Журнал"),
        new(JournalViewClass, "Просмотр журналов своего класса", "Журнал"),
        new(JournalViewAll, "Просмотр всех журналов школы", "Журнал"),
        new(JournalEditClosed, "Изменение отметок закрытого периода", "Журнал"),
        new(GradingEditOwn, "Выставление итоговых отметок", "Журнал"),
        new(PeriodsClose, "Закрытие учебных периодов", "Журнал"),
        new(ReportsClass, "Отчёты классного руководителя", "Отчёты"),
        new(ReportsSchool, "Отчёты по школе", "Отчёты"),
        new(ReportsAuthority, "Отчёты органа управления", "Отчёты"),
        new(DiaryView, "Электронный дневник", "Дневник"),
        new(MessagesSend, "Внутренняя почта", "Взаимодействие"),
        new(AnnouncementsPublish, "Публикация объявлений", "Взаимодействие"),
        new(DocumentsManage, "Реестр приказов и документов", "Взаимодействие"),
        new(MaterialsEdit, "Учебные материалы", "Обучение"),
        new(CoursesEdit, "Дистанционные курсы", "Обучение"),
        new(TestsEdit, "Электронное тестирование", "Обучение"),
        new(ImplementationManage, "Управление внедрением", "Внедрение"),
    ];

    private static readonly HashSet<string> Codes = All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The permissions that some code checks today, i.e. those of the modules built so far (organisation, people,
    /// accounts and rights, movement, import, audit, the home page's school report). The rest are declared for the
    /// modules still to come (journal, schedule, diary, messages…) and a school is not asked about them: a right that
    /// nothing checks would change nothing. A module that starts checking one adds it here; a test compares this list
    /// with the permissions the code names.
    /// </summary>
    public static readonly IReadOnlySet<string> InUse = new HashSet<string>(StringComparer.Ordinal)
    {
        SchoolsManage, SchoolView, SchoolEdit, RightsManage, UsersManage, AuditView,
        PeopleView, PeopleEdit, StudentCardView,
        MovementView, MovementEdit, MovementCorrect,
        ScheduleView, ScheduleEdit,
        PlanningEditOwn, JournalEditOwn, JournalViewClass, JournalViewAll, JournalEditClosed,
        GradingEditOwn, PeriodsClose, DiaryView,
        ReportsClass, ReportsSchool,
    };

    public static bool IsKnown(string code) => Codes.Contains(code);
}

public static class DefaultPermissions
{
    private static readonly string[] Staff =
    [
        Permissions.SchoolView, Permissions.PeopleView, Permissions.ScheduleView, Permissions.MessagesSend,
        Permissions.MaterialsEdit,
    ];

    private static readonly string[] Management =
    [
        .. Staff, Permissions.AuditView, Permissions.StudentCardView, Permissions.MovementView,
        Permissions.JournalViewAll, Permissions.ReportsClass, Permissions.ReportsSchool,
        Permissions.AnnouncementsPublish, Permissions.DocumentsManage,
    ];

    private static readonly Dictionary<SchoolRole, IReadOnlySet<string>> ByRole = new()
    {
        [SchoolRole.Coordinator] = Set(
            [.. Management, Permissions.SchoolEdit, Permissions.RightsManage, Permissions.UsersManage,
             Permissions.PeopleEdit, Permissions.MovementEdit, Permissions.MovementCorrect, Permissions.ScheduleEdit,
             Permissions.ImplementationManage, Permissions.PeriodsClose]),
        [SchoolRole.Director] = Set(
            [.. Management, Permissions.PeriodsClose, Permissions.JournalEditClosed, Permissions.MovementEdit,
             Permissions.MovementCorrect, Permissions.ImplementationManage]),
        [SchoolRole.DeputyDirector] = Set(
            [.. Management, Permissions.PeriodsClose, Permissions.ScheduleEdit, Permissions.MovementEdit]),
        [SchoolRole.Teacher] = Set(
            [.. Staff, Permissions.JournalEditOwn, Permissions.JournalViewClass, Permissions.PlanningEditOwn,
             Permissions.GradingEditOwn, Permissions.ReportsClass, Permissions.CoursesEdit, Permissions.TestsEdit]),
        [SchoolRole.Student] = Set([Permissions.DiaryView, Permissions.ScheduleView, Permissions.MessagesSend]),
        [SchoolRole.Parent] = Set([Permissions.DiaryView, Permissions.ScheduleView, Permissions.MessagesSend]),
        [SchoolRole.Authority] = Set([Permissions.SchoolView, Permissions.ReportsSchool, Permissions.ReportsAuthority]),
    };

    public static IReadOnlySet<string> For(SchoolRole role) => ByRole[role];

    private static HashSet<string> Set(string[] codes) => codes.ToHashSet(StringComparer.Ordinal);
}
