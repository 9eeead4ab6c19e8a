using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Movement;
using Parta.Web.Security;

namespace Parta.Web.Pages.Movement;

/// <summary>
/// Алфавитная книга: every student ever admitted to the school, by the letter of the surname and the personal file
/// number, with the dates of admission and of withdrawal.
/// </summary>
public sealed class AlphabeticalModel(PartaDbContext db) : PageModel
{
    public sealed record Row(string PersonalFileNumber, string FullName, DateOnly? BirthDate, DateOnly Admitted, string? AdmittedTo, DateOnly? Withdrawn, string? WithdrawalReason);

    public IReadOnlyList<IGrouping<string, Row>> Letters { get; private set; } = [];

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        await OnGetAsync();
        var ru = RussianCulture.Instance;
        var bytes = Parta.Importing.SpreadsheetFile.WriteXlsx("Алфавитная книга",
            ["№ личного дела", "ФИО", "Дата рождения", "Зачислен", "В класс", "Выбыл", "Причина выбытия"],
            Letters.SelectMany(l => l).Select(r => (IReadOnlyList<string>)
            [
                r.PersonalFileNumber, r.FullName, r.BirthDate?.ToString("dd.MM.yyyy", ru) ?? "", r.Admitted.ToString("dd.MM.yyyy", ru),
                r.AdmittedTo ?? "", r.Withdrawn?.ToString("dd.MM.yyyy", ru) ?? "", r.WithdrawalReason ?? "",
            ]));
        return File(bytes, Parta.Importing.SpreadsheetFile.XlsxContentType, "алфавитная-книга.xlsx");
    }

    public async Task OnGetAsync()
    {
        var events = await db.MovementEvents.AsNoTracking()
            .Where(e => !e.Cancelled)
            .Select(e => new
            {
                e.StudentId, e.Date, e.Kind, e.WithdrawalReason, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName,
                e.Student.BirthDate, e.Student.PersonalFileNumber, ToGrade = (int?)e.ToClass!.Grade, ToLetter = e.ToClass.Letter,
            })
            .ToListAsync();
        var rows = events.GroupBy(e => e.StudentId).Select(g =>
        {
            var ordered = g.OrderBy(e => e.Date).ToList();
            var admission = ordered.First(e => e.Kind is MovementKind.Admission or MovementKind.OpeningEnrolment or MovementKind.Reinstatement or MovementKind.Transfer or MovementKind.Promotion);
            var last = ordered[^1];
            var s = ordered[0];
            return new Row(
                s.PersonalFileNumber ?? "—", PersonName.Full(s.LastName, s.FirstName, s.MiddleName), s.BirthDate, admission.Date,
                admission.ToGrade is { } grade ? SchoolClass.NameOf(grade, admission.ToLetter!) : null,
                last.Kind == MovementKind.Withdrawal ? last.Date : null,
                last.Kind == MovementKind.Withdrawal ? last.WithdrawalReason?.Title() : null);
        });
        Letters = rows
            .OrderBy(r => r.FullName, RussianCulture.Collation)
            .GroupBy(r => r.FullName[..1].ToUpper(RussianCulture.Instance))
            .ToList();
    }
}
