using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation.Subjects;

/// <summary>The school's subjects, and the button that adds the standard list.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver permissions, AddStandardSubjects addStandard) : OrganisationPage(db, permissions)
{
    public sealed record Row(Guid Id, string Name, string ShortName, int SortOrder);

    public IReadOnlyList<Row> Subjects { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadYearAsync(null);
        var rows = await Db.Subjects.AsNoTracking().Select(s => new Row(s.Id, s.Name, s.ShortName, s.SortOrder)).ToListAsync();
        Subjects = rows.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).ToList();
    }

    public async Task<IActionResult> OnPostStandardAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var added = await addStandard.HandleAsync();
        TempData["Message"] = added == 0 ? "Все предметы стандартного списка уже есть." : $"Добавлено предметов: {added}.";
        return Redirect("/Organisation/Subjects");
    }
}
