using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record SaveSubjectRequest(Guid? Id, string Name, string ShortName, int SortOrder);

/// <summary>Creates a subject or changes its name, short name and place in lists.</summary>
public sealed class SaveSubject(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SaveSubjectRequest request, CancellationToken ct = default)
    {
        var name = request.Name.Trim();
        var shortName = request.ShortName.Trim();
        var refusals = new List<Refusal>();
        if (name.Length is 0 or > 200)
        {
            refusals.Add(new Refusal("Name", "Введите название предмета (не длиннее 200 символов)."));
        }

        if (shortName.Length is 0 or > 50)
        {
            refusals.Add(new Refusal("ShortName", "Введите краткое название (не длиннее 50 символов)."));
        }

        if (name.Length > 0 && await db.Subjects.AnyAsync(s => s.Name == name && s.Id != request.Id, ct))
        {
            refusals.Add(new Refusal("Name", $"Предмет «{name}» уже есть."));
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        Subject? subject;
        if (request.Id is { } id)
        {
            subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (subject is null)
            {
                return OrganisationResult.Refuse("", "Предмет не найден.");
            }
        }
        else
        {
            subject = new Subject { SchoolId = currentUser.SchoolId!.Value, Name = name, ShortName = shortName };
            db.Subjects.Add(subject);
        }

        subject.Name = name;
        subject.ShortName = shortName;
        subject.SortOrder = request.SortOrder;
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(subject.Id);
    }
}
