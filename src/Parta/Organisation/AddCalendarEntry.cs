using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record AddCalendarEntryRequest(Guid AcademicYearId, CalendarEntryKind Kind, string Name, DateOnly Start, DateOnly End, int? Grade);

/// <summary>Adds holidays, a public holiday or a moved day to the school calendar, for the school or one grade.</summary>
public sealed class AddCalendarEntry(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(AddCalendarEntryRequest request, CancellationToken ct = default)
    {
        var year = await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == request.AcademicYearId, ct);
        if (year is null)
        {
            return OrganisationResult.Refuse("", "Учебный год не найден.");
        }

        var refusals = new List<Refusal>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            refusals.Add(new Refusal("Name", "Введите название, например «Осенние каникулы»."));
        }

        if (request.End < request.Start)
        {
            refusals.Add(new Refusal("End", "Дата окончания раньше даты начала."));
        }
        else if (request.Start < year.Start || request.End > year.End)
        {
            refusals.Add(new Refusal("Start", $"Даты должны быть внутри учебного года ({RussianDate.Show(year.Start, year.End)})."));
        }

        if (request.Grade is < 1 or > 11)
        {
            refusals.Add(new Refusal("Grade", "Параллель — от 1 до 11."));
        }

        if (request.Kind is CalendarEntryKind.WorkingDay && request.Start.DayOfWeek != DayOfWeek.Saturday && request.Start.DayOfWeek != DayOfWeek.Sunday
            && request.Start == request.End)
        {
            refusals.Add(new Refusal("Kind", "Перенесённый рабочий день — это суббота или воскресенье, ставшие учебными."));
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        var entry = new CalendarEntry
        {
            SchoolId = currentUser.SchoolId!.Value,
            AcademicYearId = year.Id,
            Kind = request.Kind,
            Name = request.Name.Trim(),
            Start = request.Start,
            End = request.End,
            Grade = request.Grade,
        };
        db.CalendarEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(entry.Id);
    }
}
