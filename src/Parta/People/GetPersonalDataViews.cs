using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <param name="At">In the school's own time.</param>
/// <param name="PageTitle">The page in words («Карточка учащегося»); <paramref name="Page"/> is its address.</param>
public sealed record PersonalDataViewRow(DateTime At, string UserLogin, string? UserName, string Page, string PageTitle);

/// <summary>
/// Who opened a person's card, latest first, at the school's own time: the access log a coordinator shows on request
/// (152-ФЗ).
/// </summary>
public sealed class GetPersonalDataViews(PartaDbContext db)
{
    public sealed record Request(string SubjectType, Guid SubjectId);

    public async Task<IReadOnlyList<PersonalDataViewRow>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var rows = await db.PersonalDataViews.AsNoTracking()
            .Where(v => v.SubjectType == request.SubjectType && v.SubjectId == request.SubjectId)
            .OrderByDescending(v => v.At)
            .Take(1000)
            .Select(v => new
            {
                v.At, v.UserLogin, v.Page,
                User = db.Users.Where(u => u.Id == v.UserId).Select(u => new { u.LastName, u.FirstName, u.MiddleName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var zone = (await db.CurrentSchoolAsync(ct))?.TimeZone;
        return rows
            .Select(v => new PersonalDataViewRow(Organisation.School.LocalTimeIn(zone, v.At), v.UserLogin,
                v.User is null ? null : PersonName.Full(v.User.LastName, v.User.FirstName, v.User.MiddleName), v.Page,
                PersonalDataSubjects.PageTitle(v.Page)))
            .ToList();
    }
}
