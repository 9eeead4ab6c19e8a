using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Auditing;

/// <summary>One row of the audit history as it is stored.</summary>
public sealed record AuditRow(
    DateTime At, string UserLogin, string EntityType, Guid EntityId, AuditAction Action, string Field, string? OldValue, string? NewValue, string? Reason);

/// <summary>Reads the audit history: of one entity, or of a school, newest first, as a person reads it (<see cref="AuditPresenter"/>).</summary>
public sealed class GetAuditHistory(PartaDbContext db, AuditPresenter presenter)
{
    public const int PageSize = 200;

    /// <param name="SchoolId">The school whose history is read; <c>null</c> only for deployment-level rows of a system administrator.</param>
    /// <param name="EntityType">One kind of thing (its class name, e.g. <c>Student</c>), or every kind.</param>
    /// <param name="EntityId">One thing, or all of the kind.</param>
    public sealed record Request(Guid? SchoolId, string? EntityType = null, Guid? EntityId = null);

    /// <summary>The newest <see cref="PageSize"/> rows, as a person reads them.</summary>
    public async Task<Result<List<AuditLine>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var entityType = checks.Text(request.EntityType, nameof(Request.EntityType), "Вид записи", 100);
        if (checks.Failed)
        {
            return checks.Refusal<List<AuditLine>>();
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

        var rows = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(PageSize)
            .Select(a => new AuditRow(a.At, a.UserLogin, a.EntityType, a.EntityId, a.Action, a.Field, a.OldValue, a.NewValue, a.Reason))
            .ToListAsync(ct);
        return await presenter.PresentAsync(rows, ct);
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
        _ => entityType,
    };
}
