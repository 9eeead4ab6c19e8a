using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation.Assignments;

/// <summary>The load summary: hours per teacher, and per class the curriculum against what is assigned, so gaps show.</summary>
public sealed class LoadModel(PartaDbContext db, PermissionResolver permissions, GetTeachingLoad getLoad) : OrganisationPage(db, permissions)
{
    public TeachingLoad? Load { get; private set; }

    public async Task OnGetAsync(Guid? yearId)
    {
        await LoadYearAsync(yearId);
        if (Year is not null)
        {
            Load = await getLoad.HandleAsync(Year.Id, RussianCulture.Collation);
        }
    }
}
