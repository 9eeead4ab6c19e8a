using Parta.Data;

namespace Parta.People;

/// <summary>The kinds of people whose cards hold personal data and whose openings are logged, by entity name.</summary>
public static class PersonalDataSubjects
{
    public static bool Includes(string? entityType) => entityType is nameof(Student) or nameof(Guardian) or nameof(StaffMember);
}

/// <summary>Writes the access-log row of 152-ФЗ: who opened whose personal data, when, on which page.</summary>
public sealed class RecordPersonalDataViewHandler(PartaDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task HandleAsync(string subjectType, Guid subjectId, string page, CancellationToken ct = default)
    {
        if (user.SchoolId is not { } schoolId)
        {
            return;
        }

        db.PersonalDataViews.Add(new PersonalDataView
        {
            SchoolId = schoolId,
            At = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            UserLogin = user.Login ?? "",
            SubjectType = subjectType,
            SubjectId = subjectId,
            Page = page,
        });
        await db.SaveChangesAsync(ct);
    }
}
