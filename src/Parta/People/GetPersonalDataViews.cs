using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

public sealed record PersonalDataViewRow(DateTime At, string UserLogin, string? UserName, string Page);

/// <summary>Who opened a person's card, latest first: the access log a coordinator shows on request (152-ФЗ).</summary>
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
        return rows
            .Select(v => new PersonalDataViewRow(v.At, v.UserLogin,
                v.User is null ? null : PersonName.Full(v.User.LastName, v.User.FirstName, v.User.MiddleName), v.Page))
            .ToList();
    }
}
