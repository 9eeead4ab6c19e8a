using Microsoft.AspNetCore.Mvc;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Assignments;

/// <summary>The load summary: hours per teacher, and per class the curriculum against what is assigned, so gaps show.</summary>
public sealed class LoadModel(PartaDbContext db, PermissionResolver permissions, GetTeachingLoad getLoad) : OrganisationPage(db, permissions)
{
    public TeachingLoad? Load { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? yearId, CancellationToken ct)
    {
        await LoadYearAsync(yearId, ct);
        if (Year is not null)
        {
            var result = await getLoad.HandleAsync(new GetTeachingLoad.Request(Year.Id), ct);
            if (!result.Succeeded)
            {
                return this.Refused(result) ?? Page();
            }

            Load = result.Value;
        }

        return Page();
    }
}
