using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>Учащиеся: found by name, filtered by class, in Russian alphabetical order.</summary>
public sealed class IndexModel(PartaDbContext db, FindStudents find, PermissionResolver resolver) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    public IReadOnlyList<StudentListRow> Students { get; private set; } = [];
    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    /// <summary>May admit a new student (the movement book's admission makes the card and gives the class).</summary>
    public bool CanAdmit { get; private set; }

    /// <summary>May make a card without a class.</summary>
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Students = await find.HandleAsync(new FindStudents.Request(Query, ClassId), ct);
        Classes = await ClassChoices.LoadAsync(db, ct: ct);
        var permissions = await resolver.GetAsync(ct);
        CanAdmit = permissions.Has(Permissions.MovementEdit);
        CanEdit = permissions.Has(Permissions.PeopleEdit);
    }
}
