using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Parta.Web.Pages.People;

/// <summary>
/// What the forms of a person's card (student, staff member, guardian) share: the card's id and version and the three
/// parts of the name, posted as <c>LastName</c>, <c>FirstName</c>, <c>MiddleName</c> — the names the cards' rules
/// (<c>StudentCard</c>, <c>StaffCard</c>, <c>GuardianCard</c>) give their refusals, so each shows next to its field.
/// </summary>
public abstract class PersonCardPage : PageModel, IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty, Display(Name = "Фамилия")]
    public string? LastName { get; set; }

    [BindProperty, Display(Name = "Имя")]
    public string? FirstName { get; set; }

    [BindProperty, Display(Name = "Отчество")]
    public string? MiddleName { get; set; }
}
