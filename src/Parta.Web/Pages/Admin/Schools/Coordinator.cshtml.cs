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

    [BindProperty, Required(ErrorMessage = "Введите фамилию."), StringLength(100), Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Введите имя."), StringLength(100), Display(Name = "Имя")]
    public string FirstName { get; set; } = "";

    [BindProperty, StringLength(100), Display(Name = "Отчество")]
    public string? MiddleName { get; set; }

    [BindProperty, StringLength(100), Display(Name = "Должность")]
    public string? Position { get; set; } = "заместитель директора";

    public string SchoolName { get; private set; } = "";

    public AppointCoordinator.Appointed? Appointed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, error) = await appoint.ExecuteAsync(new AppointCoordinator.Request(Id, LastName, FirstName, MiddleName, Position));
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }

        Appointed = result;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        SchoolName = await db.Schools.Where(s => s.Id == Id).Select(s => s.ShortName).FirstOrDefaultAsync() ?? "";
        return SchoolName.Length > 0;
    }
}
