using Parta.Data;

namespace Parta.People;

/// <summary>The kinds of people whose cards hold personal data and whose openings are logged, by entity name.</summary>
public static class PersonalDataSubjects
{
    public static bool Includes(string? entityType) => entityType is nameof(Student) or nameof(Guardian) or nameof(StaffMember);
}

/// <summary>Writes the access-log row of 152-ФЗ: who opened whose personal data, when, on which page.</summary>
public sealed class RecordPersonalDataView(PartaDbContext db, CurrentUser user, TimeProvider time)
{
    /// <param name="SubjectType">Whose card: <c>Student</c>, <c>Guardian</c> or <c>StaffMember</c>.</param>
    /// <param name="Page">The page it was opened on.</param>
    public sealed record Request(string SubjectType, Guid SubjectId, string Page);

    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var (subjectType, subjectId, page) = request;
        if (user.SchoolId is not { } schoolId)
        {
            return Done.Value;
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
        return Done.Value;
    }
}
