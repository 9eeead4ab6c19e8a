using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Classes;

/// <summary>Страница класса: the list on a date with parents (for those allowed), the subjects, groups and movement.</summary>
public sealed class DetailsModel(GetClassPage getPage, PermissionResolver resolver) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    public ClassPage? Class { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanOpenCards { get; private set; }

    public bool CanReadBook { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getPage.HandleAsync(new GetClassPage.Request(Id, On), ct);
        if (!result.Succeeded)
        {
            if (this.Refused(result.Errors) is { } status)
            {
                return status;
            }

            result = await getPage.HandleAsync(new GetClassPage.Request(Id), ct);
        }

        Class = result.Value;
        On = Class.On;
        var permissions = await resolver.GetAsync(ct);
        CanEdit = permissions.Has(Permissions.SchoolEdit);
        CanOpenCards = Class.ShowsPersonalData;
        CanReadBook = permissions.Has(Permissions.MovementView);
        return Page();
    }
}
