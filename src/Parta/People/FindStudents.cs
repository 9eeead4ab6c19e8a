using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.People;

/// <summary>Which students a list shows on its date.</summary>
public enum StudentsShown
{
    /// <summary>Those in a class of the school on the date (the movement book's rule, <see cref="ClassLists.InSchoolOn"/>).</summary>
    InSchool = 1,

    /// <summary>Those who have left by the date.</summary>
    Left = 2,

    /// <summary>Every card: in the school, left, and not yet (or never) admitted.</summary>
    All = 3,
}

/// <param name="Status">Empty for a student in the school on the date; otherwise why not: «выбыл 16.11.2026, приказ № 12-у от 16.11.2026», «зачисляется с 01.12.2026», «не зачислена».</param>
public sealed record StudentListRow(Guid Id, string FullName, Guid? ClassId, string? ClassName, DateOnly? BirthDate, bool HasAccount, string? Status);

/// <summary>
/// The students list on a date: by default those in the school on that date with the class they are in on it, the
/// same rule every count of students uses (<see cref="ClassLists.InSchoolOn"/>); on request those who left, marked with
/// the date and order of leaving. Found by any part of the name, surnames first (<see cref="NameSearch"/>). A school has
/// at most a few thousand students, so the match and the Russian order are done in memory, the same on both databases,
/// and one page is returned.
/// </summary>
public sealed class FindStudents(PartaDbContext db, TimeProvider time)
{
    /// <param name="InClasses">Only these classes («мои классы» of a teacher), when given.</param>
    public sealed record Request(
        string? Query = null, Guid? ClassId = null, DateOnly? On = null, StudentsShown Shown = StudentsShown.InSchool, int Page = 1,
        IReadOnlyCollection<Guid>? InClasses = null);

    public sealed record Answer(Paged<StudentListRow> Students, DateOnly On);

    public async Task<Result<Answer>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var checks = new Checks();
        checks.Text(request.Query, nameof(Request.Query), "Фамилия, имя или отчество", 300);
        var on = checks.Date(request.On, nameof(Request.On), "На дату", DateWindow.SchoolLife(today)) ?? today;
        checks.Defined<StudentsShown>(request.Shown, nameof(Request.Shown), "Кого показать");
        if (checks.Failed)
        {
            return checks.Refusal<Answer>();
        }

        var cards = await db.Students.AsNoTracking()
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, HasAccount = s.UserId != null })
            .ToListAsync(ct);
        var stints = await db.ClassEnrolments.AsNoTracking()
            .Select(e => new { e.StudentId, e.SchoolClassId, e.From, e.Until })
            .ToListAsync(ct);
        var classes = await db.SchoolClasses.AsNoTracking().Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct);
        var classNames = classes.ToDictionary(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter));
        var stintsOf = stints.ToLookup(s => s.StudentId);
        // Who is in the school on the date is the movement book's one rule, as for every count of students.
        var inSchool = (await ClassLists.InForceOn(db, on).AsNoTracking().Select(e => new { e.StudentId, e.SchoolClassId }).ToListAsync(ct))
            .DistinctBy(e => e.StudentId)
            .ToDictionary(e => e.StudentId, e => e.SchoolClassId);
        var withdrawals = await db.MovementEvents.AsNoTracking()
            .Where(e => e.Kind == MovementKind.Withdrawal && !e.Cancelled && e.Date <= on)
            .Select(e => new { e.StudentId, e.Date, e.Order!.Number, OrderDate = e.Order.Date })
            .ToListAsync(ct);
        var lastWithdrawal = withdrawals.GroupBy(w => w.StudentId).ToDictionary(g => g.Key, g => g.MaxBy(w => w.Date)!);

        var rows = new List<StudentListRow>(cards.Count);
        foreach (var card in cards)
        {
            var own = stintsOf[card.Id].ToList();
            var fullName = PersonName.Full(card.LastName, card.FirstName, card.MiddleName);
            if (inSchool.TryGetValue(card.Id, out var classOn))
            {
                if (request.Shown != StudentsShown.Left && (request.ClassId is null || request.ClassId == classOn)
                    && (request.InClasses is null || request.InClasses.Contains(classOn)))
                {
                    rows.Add(new StudentListRow(card.Id, fullName, classOn, classNames.GetValueOrDefault(classOn), card.BirthDate, card.HasAccount, null));
                }

                continue;
            }

            var last = own.Where(s => s.From <= on).MaxBy(s => s.From);
            var left = last is not null;
            if (request.Shown == StudentsShown.InSchool || (request.Shown == StudentsShown.Left && !left)
                || (request.ClassId is { } classId && last?.SchoolClassId != classId)
                || (request.InClasses is not null && (last is null || !request.InClasses.Contains(last.SchoolClassId))))
            {
                continue;
            }

            string status;
            if (left)
            {
                var verb = card.Gender switch { Gender.Male => "выбыл", Gender.Female => "выбыла", _ => "выбыл(а)" };
                status = lastWithdrawal.TryGetValue(card.Id, out var w)
                    ? $"{verb} {RussianDate.Show(w.Date)}, приказ №\u00A0{w.Number} от {RussianDate.Show(w.OrderDate)}"
                    : $"{verb} {RussianDate.Show(last!.Until!.Value)}";
            }
            else if (own.Where(s => s.From > on).MinBy(s => s.From) is { } next)
            {
                status = $"зачисляется с {RussianDate.Show(next.From)}";
            }
            else
            {
                status = card.Gender == Gender.Female ? "не зачислена" : card.Gender == Gender.Male ? "не зачислен" : "не зачислен(а)";
            }

            rows.Add(new StudentListRow(card.Id, fullName, last?.SchoolClassId, last is null ? null : classNames.GetValueOrDefault(last.SchoolClassId),
                card.BirthDate, card.HasAccount, status));
        }

        var found = NameSearch.Search(rows, r => r.FullName, request.Query).ToList();
        return new Answer(Paged.Of(found, request.Page), on);
    }
}
