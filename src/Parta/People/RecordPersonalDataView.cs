using Parta.Data;

namespace Parta.People;

/// <summary>The kinds of people whose cards hold personal data and whose openings are logged, by entity name.</summary>
public static class PersonalDataSubjects
{
    public static bool Includes(string? entityType) => entityType is nameof(Student) or nameof(Guardian) or nameof(StaffMember);

    /// <summary>The page on which personal data was opened, in words, as the access log shows it.</summary>
    public static string PageTitle(string page) => page switch
    {
        "/People/Students/Card" => "Карточка учащегося",
        "/People/Students/Edit" => "Изменение карточки учащегося",
        "/People/Guardians/Edit" => "Карточка родителя",
        "/People/Staff/Edit" => "Карточка сотрудника",
        "/Organisation/Classes/Details" => "Страница класса",
        "/Auditing" => "История изменений",
        _ => page,
    };
}

/// <summary>Writes the access-log row of 152-ФЗ: who opened whose personal data, when, on which page.</summary>
public sealed class RecordPersonalDataView(PartaDbContext db, CurrentUser user, TimeProvider time)
{
    /// <param name="SubjectType">Whose card: <c>Student</c>, <c>Guardian</c> or <c>StaffMember</c>.</param>
    /// <param name="Page">The page it was opened on.</param>
    public sealed record Request(string SubjectType, IReadOnlyList<Guid> SubjectIds, string Page)
    {
        public Request(string subjectType, Guid subjectId, string page)
            : this(subjectType, [subjectId], page)
        {
        }
    }

    /// <summary>One row per person whose data the page showed (a class list with birth dates logs each student), in one save.</summary>
    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var (subjectType, subjectIds, page) = request;
        if (user.SchoolId is not { } schoolId)
        {
            return Done.Value;
        }

        var at = time.GetUtcNow().UtcDateTime;
        db.PersonalDataViews.AddRange(subjectIds.Select(subjectId => new PersonalDataView
        {
            SchoolId = schoolId,
            At = at,
            UserId = user.UserId,
            UserLogin = user.Login ?? "",
            SubjectType = subjectType,
            SubjectId = subjectId,
            Page = page,
        }));
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
