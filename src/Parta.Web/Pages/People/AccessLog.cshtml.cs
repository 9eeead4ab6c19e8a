using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People;

/// <summary>Журнал просмотров: who opened a person's personal data, when and on which page (152-ФЗ).</summary>
public sealed class AccessLogModel(PartaDbContext db, GetPersonalDataViewsHandler views) : PageModel
{
    public string PersonName { get; private set; } = "";
    public string? CardHref { get; private set; }
    public IReadOnlyList<PersonalDataViewRow> Views { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? type, Guid id, CancellationToken ct)
    {
        var name = type switch
        {
            nameof(Student) => await db.Students.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName }).FirstOrDefaultAsync(ct),
            nameof(Guardian) => await db.Guardians.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName }).FirstOrDefaultAsync(ct),
            nameof(StaffMember) => await db.StaffMembers.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName }).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (name is null)
        {
            return NotFound();
        }

        PersonName = Parta.Access.PersonName.Full(name.LastName, name.FirstName, name.MiddleName);
        CardHref = type == nameof(Student) ? $"/People/Students/Card?id={id}" : null;
        Views = await views.HandleAsync(new GetPersonalDataViews(type!, id), ct);
        return Page();
    }
}
