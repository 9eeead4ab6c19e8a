using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Importing;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Movement;

/// <summary>The list of a class on a date, exactly as the movement book says.</summary>
public sealed class ClassListModel(PartaDbContext db, TimeProvider time) : PageModel
{
    public Guid? ClassId { get; private set; }
    public DateOnly Date { get; private set; }
    public string? ClassName { get; private set; }
    public IReadOnlyList<Parta.Organisation.ClassChoice> Classes { get; private set; } = [];
    public IReadOnlyList<ClassListEntry> Students { get; private set; } = [];

    public async Task<IActionResult> OnGetXlsxAsync(Guid? classId, DateOnly? date)
    {
        await OnGetAsync(classId, date);
        if (ClassName is null)
        {
            return NotFound();
        }

        var bytes = SpreadsheetFile.WriteXlsx($"{ClassName} на {Date:dd.MM.yyyy}", ["№", "Фамилия Имя Отчество"],
            Students.Select((s, i) => (IReadOnlyList<string>)[(i + 1).ToString(RussianCulture.Instance), s.FullName]));
        return File(bytes, SpreadsheetFile.XlsxContentType, $"список-{ClassName}-{Date:yyyy-MM-dd}.xlsx");
    }

    public async Task OnGetAsync(Guid? classId, DateOnly? date)
    {
        Date = date ?? await SchoolClock.TodayAsync(db, time);
        ClassId = classId;
        Classes = await Parta.Organisation.ClassChoices.LoadAsync(db);
        if (classId is { } id && Classes.FirstOrDefault(c => c.Id == id) is { } chosen)
        {
            ClassName = chosen.Name;
            Students = await ClassLists.OnDateAsync(db, id, Date);
        }
    }
}
