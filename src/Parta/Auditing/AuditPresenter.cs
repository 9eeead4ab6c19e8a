using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Auditing;

/// <summary>One field of a change as a person reads it: its title, the values as the pages show them.</summary>
public sealed record AuditFieldChange(string Field, string? OldValue, string? NewValue);

/// <summary>
/// One change as a person reads it: one thing («Личная карточка учащегося: Иванова Анна») created, changed or deleted at
/// one moment by one person, with every field it touched.
/// </summary>
/// <param name="At">The moment in the school's own time zone.</param>
/// <param name="Who">«Соколова Е. В.» (the card of the account), the login, or «система: …» for work of the system itself.</param>
/// <param name="UserLogin">The login as stored, for the tooltip.</param>
public sealed record AuditChange(
    DateTime At, string Who, string UserLogin, string EntityType, Guid EntityId, string Entity, string? Subject,
    AuditAction Action, IReadOnlyList<AuditFieldChange> Fields, string? Reason)
{
    /// <summary>«Фамилия: Иванова → Петрова» for a change, «Фамилия: Иванова» for what was created or deleted.</summary>
    public string Describe(AuditFieldChange field) => Action switch
    {
        AuditAction.Created => $"{field.Field}: {field.NewValue}",
        AuditAction.Deleted => $"{field.Field}: {field.OldValue}",
        _ => $"{field.Field}: {field.OldValue ?? "—"} → {field.NewValue ?? "—"}",
    };
}

/// <summary>
/// Turns stored audit rows into <see cref="AuditChange"/>s. The audit table keeps machine values on purpose (field names,
/// ISO dates, enum names, ids: stable whatever the UI says); here they become what the pages show: «Дата рождения»,
/// «02.04.2015», «женский», «5А», «№ 45-у от 31.08.2026». The type of each field is read from the EF model, so a new
/// audited field is shown rightly as soon as it has a title in <see cref="FieldTitles"/> (a test holds every audited
/// field to that). Ids are resolved in one query per kind of thing referred to; what no longer exists keeps its id, and so
/// does what the reader may not see: accounts and schools are named only within the current school (the tenancy filter
/// guards the rest), a system administrator outside a school sees every name. Rows of one thing written by one save (same
/// moment, same user, same action) become one change; who made it is named by the person card of their account.
/// </summary>
public sealed class AuditPresenter(PartaDbContext db, CurrentUser currentUser)
{
    /// <summary>Russian titles of audited fields, by property name (one meaning per name across the entities).</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SchoolId"] = "Школа",
        ["Name"] = "Название",
        ["ShortName"] = "Краткое название",
        ["Address"] = "Адрес",
        ["TimeZone"] = "Часовой пояс",
        ["MaxOrderDelayDays"] = "Срок подписания приказа, дней",
        ["IsDemo"] = "Демонстрационная",
        ["MunicipalityId"] = "Муниципалитет",
        ["UserId"] = "Учётная запись",
        ["Role"] = "Роль",
        ["Permission"] = "Право",
        ["Granted"] = "Разрешено",
        ["LastName"] = "Фамилия",
        ["FirstName"] = "Имя",
        ["MiddleName"] = "Отчество",
        ["BirthDate"] = "Дата рождения",
        ["Gender"] = "Пол",
        ["PersonalFileNumber"] = "Номер личного дела",
        ["Phone"] = "Телефон",
        ["Email"] = "Электронная почта",
        ["HealthGroup"] = "Группа здоровья",
        ["StudentId"] = "Учащийся",
        ["GuardianId"] = "Родитель",
        ["Relation"] = "Кем приходится",
        ["Restricted"] = "Доступ ограничен",
        ["RestrictionNote"] = "Основание ограничения доступа",
        ["Positions"] = "Должности",
        ["Number"] = "Номер",
        ["Date"] = "Дата",
        ["Kind"] = "Вид",
        ["FromClassId"] = "Из класса",
        ["ToClassId"] = "В класс",
        ["OrderId"] = "Приказ",
        ["Reason"] = "Основание",
        ["WithdrawalReason"] = "Причина выбытия",
        ["OtherSchool"] = "Другая школа",
        ["AcademicDebts"] = "Академическая задолженность",
        ["CreatedAt"] = "Внесено",
        ["Cancelled"] = "Отменено",
        ["CancellationReason"] = "Причина отмены",
        ["AcademicYearId"] = "Учебный год",
        ["SubjectId"] = "Предмет",
        ["StaffMemberId"] = "Учитель",
        ["SchoolClassId"] = "Класс",
        ["StudyGroupId"] = "Группа",
        ["ClassTeacherId"] = "Классный руководитель",
        ["Grade"] = "Параллель",
        ["Letter"] = "Литера",
        ["HoursPerWeek"] = "Часов в неделю",
        ["SortOrder"] = "Порядок",
        ["Start"] = "Начало",
        ["End"] = "Окончание",
        ["PeriodSchemeId"] = "Схема периодов",
        ["Closed"] = "Закрыт",
        ["DaysPerWeek"] = "Учебных дней в неделе",
        ["Until"] = "По",
        ["PersonKind"] = "Карточка",
        ["PersonId"] = "Человек",
        ["ExpiresAt"] = "Действует до",
        ["CreatedBy"] = "Выдал",
        ["UsedAt"] = "Использован",
        ["UsedByUserId"] = "Использовала учётная запись",
        ["Shift"] = "Смена",
        ["TimetableDay"] = "По расписанию дня",
        ["Shortened"] = "Сокращённый день",
        ["Capacity"] = "Мест",
        ["TimetableId"] = "Расписание",
        ["ValidFrom"] = "Действует с",
        ["AlternatingWeeks"] = "Чётные и нечётные недели",
        ["Day"] = "День недели",
        ["TeachingAssignmentId"] = "Нагрузка",
        ["RoomId"] = "Кабинет",
        ["Weeks"] = "Недели",
        ["NewNumber"] = "Новый номер урока",
        ["SubstituteId"] = "Заменяющий учитель",
        ["Topic"] = "Тема урока",
        ["Homework"] = "Домашнее задание",
        ["LateEntryDays"] = "Запись в журнал своевременна, дней",
        ["Scale"] = "Шкала отметок",
        ["Code"] = "Код",
        ["Weight"] = "Вес",
        ["ForHomework"] = "Можно задать как домашнюю",
        ["Archived"] = "В архиве",
        ["IsAbsence"] = "Считается пропуском",
        ["WorkTypeId"] = "Вид работы",
        ["Title"] = "Название",
        ["Value"] = "Отметка",
        ["Comment"] = "Комментарий",
        ["Exam"] = "Экзамен",
        ["Five"] = "Порог для «5»",
        ["Four"] = "Порог для «4»",
        ["Three"] = "Порог для «3»",
        ["MinMarks"] = "Наименьшее число отметок за период",
        ["MaxMissedPercent"] = "«н/а» при пропусках больше, %",
        ["Halves"] = "Округление половины",
        ["PeriodId"] = "Период",
        ["ClosedAt"] = "Когда закрыт",
        ["Override"] = "Закрыт, несмотря на пробелы, по причине",
        ["FileName"] = "Файл",
        ["Section"] = "Раздел",
        ["Hours"] = "Часов",
        ["LessonType"] = "Тип урока",
    };

    /// <param name="rows">Stored rows, the rows of one change next to each other (<see cref="GetAuditHistory"/> reads them so).</param>
    /// <param name="timeZone">The school's time zone, in which the moments are shown.</param>
    public async Task<List<AuditChange>> PresentAsync(IReadOnlyList<AuditRow> rows, string? timeZone, CancellationToken ct = default)
    {
        var references = new Dictionary<Type, HashSet<Guid>>();
        void Refer(Type? target, Guid id)
        {
            if (target is not null)
            {
                (references.TryGetValue(target, out var ids) ? ids : references[target] = []).Add(id);
            }
        }

        foreach (var row in rows)
        {
            Refer(EntityClrType(row.EntityType), row.EntityId);
            var target = ReferenceTarget(row.EntityType, row.Field);
            foreach (var value in new[] { row.OldValue, row.NewValue })
            {
                if (target is not null && Guid.TryParse(value, out var id))
                {
                    Refer(target, id);
                }
            }
        }

        var names = new Dictionary<Guid, string>();
        foreach (var (type, ids) in references)
        {
            foreach (var (id, name) in await NamesAsync(type, ids.ToList(), ct))
            {
                names[id] = name;
            }
        }

        var people = await PeopleOfAccountsAsync(rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList(), ct);
        return Changes(rows).Select(change =>
        {
            var r = change[0];
            var fields = change
                .OrderBy(f => FieldOrder(f.EntityType, f.Field))
                .Select(f => new AuditFieldChange(FieldTitle(f.Field), Show(f, f.OldValue, names), Show(f, f.NewValue, names)))
                .ToList();
            return new AuditChange(
                School.LocalTimeIn(timeZone, r.At), Who(r, people), r.UserLogin, r.EntityType, r.EntityId,
                GetAuditHistory.EntityTitle(r.EntityType), names.GetValueOrDefault(r.EntityId), r.Action, fields, r.Reason);
        }).ToList();
    }

    /// <summary>Whether two stored rows belong to one change: one thing, one save (its moment), one user, one action.</summary>
    public static bool SameChange(AuditRow a, AuditRow b) =>
        a.EntityType == b.EntityType && a.EntityId == b.EntityId && a.At == b.At && a.UserId == b.UserId
        && a.UserLogin == b.UserLogin && a.Action == b.Action;

    /// <summary>Runs of rows that make one change each, in the order given.</summary>
    public static List<List<AuditRow>> Changes(IEnumerable<AuditRow> rows)
    {
        var changes = new List<List<AuditRow>>();
        foreach (var row in rows)
        {
            if (changes.Count > 0 && SameChange(changes[^1][0], row))
            {
                changes[^1].Add(row);
            }
            else
            {
                changes.Add([row]);
            }
        }

        return changes;
    }

    /// <summary>
    /// The logins the system's own work is written under (<see cref="CurrentUser.ActAsSystem"/>): the demo preset seeds as
    /// «seed», the import command as «import», everything else as «system».
    /// </summary>
    public static string SystemWorkTitle(string login) => login switch
    {
        "seed" => "система: начальное заполнение",
        "import" => "система: импорт из файла",
        _ => "система",
    };

    private static string Who(AuditRow row, Dictionary<Guid, string> people) =>
        row.UserId is not { } userId ? SystemWorkTitle(row.UserLogin)
        : people.TryGetValue(userId, out var name) ? name
        : row.UserLogin;

    /// <summary>«Соколова Е. В.» of the accounts that have a card in the current school: a staff member's first, then a parent's, then a student's.</summary>
    private async Task<Dictionary<Guid, string>> PeopleOfAccountsAsync(List<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, string>();
        if (userIds.Count == 0)
        {
            return result;
        }

        var cards = new[]
        {
            db.StaffMembers.AsNoTracking().Where(p => p.UserId != null && userIds.Contains(p.UserId.Value)).Select(p => new AccountCard(p.UserId!.Value, p.LastName, p.FirstName, p.MiddleName)),
            db.Guardians.AsNoTracking().Where(p => p.UserId != null && userIds.Contains(p.UserId.Value)).Select(p => new AccountCard(p.UserId!.Value, p.LastName, p.FirstName, p.MiddleName)),
            db.Students.AsNoTracking().Where(p => p.UserId != null && userIds.Contains(p.UserId.Value)).Select(p => new AccountCard(p.UserId!.Value, p.LastName, p.FirstName, p.MiddleName)),
        };
        foreach (var query in cards)
        {
            foreach (var card in await query.ToListAsync(ct))
            {
                result.TryAdd(card.UserId, PersonName.WithInitials(card.LastName, card.FirstName, card.MiddleName));
            }
        }

        return result;
    }

    /// <summary>Fields in the order the entity declares them (surname before first name), account changes after.</summary>
    private int FieldOrder(string entityType, string field) =>
        EntityClrType(entityType)?.GetProperties().Select(p => p.Name).ToList().IndexOf(field) is { } i and >= 0 ? i : int.MaxValue;

    /// <summary>The name of one audited thing, for the heading of its history («Личная карточка учащегося — Иванов Иван»).</summary>
    public async Task<string?> SubjectAsync(string entityType, Guid entityId, CancellationToken ct = default) =>
        EntityClrType(entityType) is { } type && (await NamesAsync(type, [entityId], ct)).TryGetValue(entityId, out var name) ? name : null;

    /// <summary>Titles of the account changes written by <see cref="AccountAudit"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> AccountFieldTitles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AccountAudit.Blocked] = "Заблокирована",
        [AccountAudit.Password] = "Пароль",
    };

    public static string FieldTitle(string field) =>
        FieldTitles.GetValueOrDefault(field) ?? AccountFieldTitles.GetValueOrDefault(field, field);

    private string? Show(AuditRow row, string? value, Dictionary<Guid, string> names)
    {
        if (value is null)
        {
            return null;
        }

        var declared = EntityModel(row.EntityType)?.FindProperty(row.Field)?.ClrType ?? typeof(string);
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(Guid))
        {
            return Guid.TryParse(value, out var id) && names.TryGetValue(id, out var name) ? name : value;
        }

        return type switch
        {
            _ when type == typeof(DateOnly) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                => RussianDate.Show(d),
            _ when type == typeof(DateTime) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
                => t.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => value == "true" ? "да" : "нет",
            _ when type == typeof(decimal) && decimal.TryParse(value, CultureInfo.InvariantCulture, out var h) => Hours.Show(h),
            _ when type == typeof(Gender) && Enum.TryParse<Gender>(value, out var g) => ((Gender?)g).Title(),
            _ when type == typeof(SchoolRole) && Enum.TryParse<SchoolRole>(value, out var r) => r.Title(),
            _ when type == typeof(MovementKind) && Enum.TryParse<MovementKind>(value, out var k) => k.Title(),
            _ when type == typeof(WithdrawalReason) && Enum.TryParse<WithdrawalReason>(value, out var w) => w.Title(),
            _ when type == typeof(PeriodKind) && Enum.TryParse<PeriodKind>(value, out var p) => PeriodRules.Title(p),
            _ when type == typeof(CalendarEntryKind) && Enum.TryParse<CalendarEntryKind>(value, out var c) => SchoolDayRule.Title(c),
            _ when row.EntityType == nameof(School) && row.Field == nameof(School.TimeZone) => RussianTimeZones.Title(value),
            _ when row.Field == "Permission" => Permissions.All.FirstOrDefault(p => p.Code == value)?.Title ?? value,
            _ => value,
        };
    }

    private Dictionary<string, IEntityType>? _entities;

    /// <summary>The EF model of an audited entity by its stored name (the CLR class name).</summary>
    private IEntityType? EntityModel(string entityType) =>
        (_entities ??= db.Model.GetEntityTypes().Where(e => !e.IsOwned()).GroupBy(e => e.ClrType.Name).ToDictionary(g => g.Key, g => g.First()))
        .GetValueOrDefault(entityType);

    private Type? EntityClrType(string entityType) => EntityModel(entityType)?.ClrType;

    private Type? ReferenceTarget(string entityType, string field) =>
        EntityModel(entityType)?.FindProperty(field)?.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;

    /// <summary>Names of things by id, one query per kind; kinds without a readable name are left out.</summary>
    private async Task<Dictionary<Guid, string>> NamesAsync(Type type, List<Guid> ids, CancellationToken ct)
    {
        var people = type == typeof(Student) ? db.Students.Where(s => ids.Contains(s.Id)).Select(s => new PersonRow(s.Id, s.LastName, s.FirstName, s.MiddleName))
            : type == typeof(Guardian) ? db.Guardians.Where(s => ids.Contains(s.Id)).Select(s => new PersonRow(s.Id, s.LastName, s.FirstName, s.MiddleName))
            : type == typeof(StaffMember) ? db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new PersonRow(s.Id, s.LastName, s.FirstName, s.MiddleName))
            : null;
        if (people is not null)
        {
            return (await people.ToListAsync(ct))
                .ToDictionary(p => p.Id, p => PersonName.Full(p.LastName, p.FirstName, p.MiddleName));
        }

        var everywhere = currentUser.IsSystemAdministrator && db.CurrentSchoolId is null;
        if (type == typeof(User))
        {
            // An account is named only if it belongs to the current school (memberships are filtered to it).
            return await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.Id) && (everywhere || db.SchoolMemberships.Any(m => m.UserId == u.Id)))
                .Select(u => new { u.Id, Name = u.UserName ?? "" }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        if (type == typeof(SchoolClass))
        {
            return (await db.SchoolClasses.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
                .ToDictionary(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter));
        }

        if (type == typeof(MovementOrder))
        {
            return (await db.MovementOrders.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Number, o.Date }).ToListAsync(ct))
                .ToDictionary(o => o.Id, o => $"№\u00A0{o.Number} от {RussianDate.Show(o.Date)}");
        }

        if (type == typeof(Subject))
        {
            return await db.Subjects.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, Name = s.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        if (type == typeof(StudyGroup))
        {
            return await db.StudyGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, Name = g.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        if (type == typeof(AcademicYear))
        {
            return await db.AcademicYears.AsNoTracking().Where(y => ids.Contains(y.Id)).Select(y => new { y.Id, Name = y.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        if (type == typeof(PeriodScheme))
        {
            return await db.PeriodSchemes.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, Name = s.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        if (type == typeof(School))
        {
            return await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id) && (everywhere || s.Id == db.CurrentSchoolId)).Select(s => new { s.Id, Name = s.ShortName }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        }

        return [];
    }

    private sealed record PersonRow(Guid Id, string LastName, string FirstName, string? MiddleName);

    private sealed record AccountCard(Guid UserId, string LastName, string FirstName, string? MiddleName);
}
