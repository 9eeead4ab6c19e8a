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

    // Not «page»: Razor Pages keep the page's own path in the route value of that name.
    [BindProperty(SupportsGet = true, Name = "p")]
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

    /// <summary>The address of another page of the same list.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["classId"] = ClassId?.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
