using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Subjects;

/// <summary>The school's subjects, and the button that adds the standard list.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver permissions, AddStandardSubjects addStandard) : OrganisationPage(db, permissions)
{
    public sealed record Row(Guid Id, string Name, string ShortName, int SortOrder);

    public IReadOnlyList<Row> Subjects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadYearAsync(null, ct);
        var rows = await Db.Subjects.AsNoTracking().Select(s => new Row(s.Id, s.Name, s.ShortName, s.SortOrder)).ToListAsync(ct);
        Subjects = rows.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).ToList();
    }

    public async Task<IActionResult> OnPostStandardAsync(CancellationToken ct)
    {
        var result = await addStandard.HandleAsync(new AddStandardSubjects.Request(), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? await ShowAsync(ct);
        }

        this.Tell(result.Value == 0
            ? "Все предметы стандартного списка уже есть."
            : $"Добавлено предметов: {result.Value}.");
        return Redirect("/Organisation/Subjects");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return Page();
    }
}
