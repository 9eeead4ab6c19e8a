using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Auditing;

/// <summary>One row of the audit history as it is stored: one field of one change.</summary>
public sealed record AuditRow(
    DateTime At, Guid? UserId, string UserLogin, string EntityType, Guid EntityId, AuditAction Action, string Field,
    string? OldValue, string? NewValue, string? Reason);

/// <summary>
/// Reads the audit history: of one entity, or of a school, newest first, one change a row with all its fields, as a person
/// reads it (<see cref="AuditPresenter"/>), at the school's own time.
/// </summary>
public sealed class GetAuditHistory(PartaDbContext db, AuditPresenter presenter)
{
    /// <summary>How many changes the history shows, the newest.</summary>
    public const int ChangesShown = 100;

    /// <summary>
    /// How many stored rows are read at most for them: far more than <see cref="ChangesShown"/> changes of the widest
    /// entity take, so that a bulk save (an import writes thousands of rows at one moment) still costs one bounded read.
    /// </summary>
    public const int RowsRead = 3000;

    /// <param name="SchoolId">The school whose history is read; <c>null</c> only for deployment-level rows of a system administrator.</param>
    /// <param name="EntityType">One kind of thing (its class name, e.g. <c>Student</c>), or every kind.</param>
    /// <param name="EntityId">One thing, or all of the kind.</param>
    public sealed record Request(Guid? SchoolId, string? EntityType = null, Guid? EntityId = null);

    /// <summary>The newest <see cref="ChangesShown"/> changes, as a person reads them.</summary>
    public async Task<Result<List<AuditChange>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var entityType = checks.Text(request.EntityType, nameof(Request.EntityType), "Вид записи", 100);
        if (checks.Failed)
        {
            return checks.Refusal<List<AuditChange>>();
        }

        var query = db.AuditEntries.AsNoTracking().Where(a => a.SchoolId == request.SchoolId);
        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (request.EntityId is { } id)
        {
            query = query.Where(a => a.EntityId == id);
        }

        // Newest first, and the rows of one change (one thing, one save) next to each other, whatever their ids.
        var rows = await query
            .OrderByDescending(a => a.At).ThenBy(a => a.EntityType).ThenBy(a => a.EntityId).ThenBy(a => a.UserLogin).ThenBy(a => a.Action)
            .Take(RowsRead)
            .Select(a => new AuditRow(a.At, a.UserId, a.UserLogin, a.EntityType, a.EntityId, a.Action, a.Field, a.OldValue, a.NewValue, a.Reason))
            .ToListAsync(ct);
        var changes = AuditPresenter.Changes(rows);
        if (rows.Count == RowsRead && changes.Count > 1)
        {
            // The read may have cut the oldest change short: it is left out rather than shown with some of its fields.
            changes.RemoveAt(changes.Count - 1);
        }

        var timeZone = request.SchoolId is { } schoolId
            ? await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.TimeZone).FirstOrDefaultAsync(ct)
            : null;
        return await presenter.PresentAsync(changes.Take(ChangesShown).SelectMany(c => c).ToList(), timeZone, ct);
    }

    public static string ActionTitle(AuditAction action) => action switch
    {
        AuditAction.Created => "создано",
        AuditAction.Changed => "изменено",
        AuditAction.Deleted => "удалено",
        _ => action.ToString(),
    };

    public static string EntityTitle(string entityType) => entityType switch
    {
        "School" => "Школа",
        "SchoolMembership" => "Роль пользователя",
        "User" => "Учётная запись",
        "RolePermissionOverride" => "Права роли",
        "Student" => "Личная карточка учащегося",
        "Guardianship" => "Родитель учащегося",
        "Guardian" => "Родитель (законный представитель)",
        "StaffMember" => "Сотрудник",
        "AcademicYear" => "Учебный год",
        "PeriodScheme" => "Схема учебных периодов",
        "Period" => "Учебный период",
        "CalendarEntry" => "Календарь школы",
        "GradeSettings" => "Режим параллели",
        "SchoolClass" => "Класс",
        "StudyGroup" => "Группа",
        "StudyGroupMember" => "Состав группы",
        "Subject" => "Предмет",
        "CurriculumLine" => "Учебный план",
        "TeachingAssignment" => "Учебная нагрузка",
        "MovementEvent" => "Запись книги движения",
        "MovementOrder" => "Приказ по движению",
        "JoinCode" => "Код присоединения",
        "Lesson" => "Урок",
        "WorkType" => "Вид работы",
        "AttendanceCode" => "Отметка посещаемости (вид)",
        "Assessment" => "Оцениваемое задание",
        "Mark" => "Отметка",
        "Attendance" => "Посещаемость и комментарий",
        "HomeworkFile" => "Файл домашнего задания",
        "LessonPlan" => "КТП",
        "PlanTopic" => "Тема КТП",
        _ => entityType,
    };
}
