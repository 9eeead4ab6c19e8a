using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Web.Pages.People.Guardians;

/// <summary>Родители и законные представители, with their children.</summary>
public sealed class IndexModel(PartaDbContext db, FindGuardians find, PermissionResolver resolver) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.Parameter)]
    public int PageNumber { get; set; } = 1;

    public Paged<GuardianListRow> Guardians { get; private set; } = Paged.Of<GuardianListRow>([], 1);
    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guardians = await find.HandleAsync(new FindGuardians.Request(Query?.Length > 300 ? Query[..300] : Query, ClassId, PageNumber), ct);
        Classes = await ClassChoices.LoadAsync(db, ct: ct);
        CanEdit = (await resolver.GetAsync(ct)).Has(Permissions.PeopleEdit);
    }

}
