using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>Учащиеся: found by name, filtered by class, in Russian alphabetical order.</summary>
public sealed class IndexModel(FindStudentsHandler find, PermissionResolver resolver) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    public IReadOnlyList<StudentListRow> Students { get; private set; } = [];
    public IReadOnlyList<ClassOption> Classes { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Students = await find.HandleAsync(new FindStudents(Query, ClassId), ct);
        Classes = await find.ClassesAsync(ct);
        CanEdit = (await resolver.GetAsync(ct)).Has(Permissions.PeopleEdit);
    }
}
