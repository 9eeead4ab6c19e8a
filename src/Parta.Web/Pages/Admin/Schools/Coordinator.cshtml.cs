using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Pages.Admin.Schools;

/// <summary>The system administrator appoints a school's coordinator, who gets a login and a one-time password.</summary>
public sealed class CoordinatorModel(PartaDbContext db, AppointCoordinator appoint) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty, Display(Name = "Фамилия")]
    public string? LastName { get; set; } = "";

    [BindProperty, Display(Name = "Имя")]
    public string? FirstName { get; set; } = "";

    [BindProperty, Display(Name = "Отчество")]
    public string? MiddleName { get; set; }

    [BindProperty, Display(Name = "Должность")]
    public string? Position { get; set; } = "заместитель директора";

    public string SchoolName { get; private set; } = "";

    public AppointCoordinator.Appointed? Appointed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await appoint.HandleAsync(new AppointCoordinator.Request(Id, LastName, FirstName, MiddleName, Position), ct);
            if (result.Succeeded)
            {
                // The one-time password is shown on this answer only, never kept for a later page.
                Appointed = result.Value;
                return Page();
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        SchoolName = await db.Schools.Where(s => s.Id == Id).Select(s => s.ShortName).FirstOrDefaultAsync(ct) ?? "";
        return SchoolName.Length > 0;
    }
}
