using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Home;

/// <summary>Something the administration should look at now, with the page where it is done.</summary>
/// <param name="Readiness">A missing step of the readiness checklist (the coordinator's home shows the whole checklist).</param>
/// <param name="Permission">What opening <paramref name="Link"/> needs, where more than the home itself (shown only to those who have it).</param>
public sealed record AttentionItem(string Title, string Text, string Link, bool Readiness = false, string? Permission = null);

public sealed record RecentMovement(DateOnly Date, MovementKind Kind, Guid StudentId, string Student, string? ClassName);

/// <param name="Students">In the school today, by the movement book's rule (the same count as every page).</param>
/// <param name="Readiness">The whole checklist the missing steps come from (the coordinator's home shows it).</param>
public sealed record SchoolAttention(
    string? YearName, int Classes, int Students, int Staff, IReadOnlyList<AttentionItem> Items, IReadOnlyList<RecentMovement> Movement,
    SchoolReadiness Readiness);

/// <summary>
/// The home of a director, deputy director or coordinator: what needs their attention now, each with a link — the
/// steps of the school's readiness for the year still missing, accounts made but never used (not handed out, or the
/// letter lost), conflicts in the timetable in force, and the movement of the last weeks — besides the school's counts. Journals not filled in join it when
/// the journal exists.
/// </summary>
public sealed class GetSchoolAttention(PartaDbContext db, GetSchoolReadiness readiness, TimeProvider time)
{
    /// <summary>How far back «recent» movement goes.</summary>
    public const int RecentDays = 30;

    public sealed record Request;

    public async Task<Result<SchoolAttention>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        var ready = (await readiness.HandleAsync(new GetSchoolReadiness.Request(today), ct)).Value;
        var items = ready.Checks.Where(c => !c.Done).Select(c => new AttentionItem(c.Title, c.MissingText, c.Link, Readiness: true)).ToList();

        var unused = await db.SchoolMemberships.AsNoTracking()
            .Where(m => m.BlockedAt == null && m.User!.MustChangePassword)
            .Select(m => m.UserId).Distinct().CountAsync(ct);
        if (unused > 0)
        {
            items.Add(new AttentionItem("Учётные записи",
                RussianPlural.Count(unused, "учётная запись ещё не использована", "учётные записи ещё не использованы", "учётных записей ещё не использованы")
                + ": по ним ни разу не входили (письмо с паролем не выдано или потеряно)", "/Access/Accounts"));
        }

        var yearId = year?.Id;
        if (await TimetableConflictsTodayAsync(yearId, today, ct) is { Count: > 0 } conflicts)
        {
            items.Add(new AttentionItem("Расписание",
                $"в действующем расписании {RussianPlural.Count(conflicts.Count, "конфликт", "конфликта", "конфликтов")}: "
                + conflicts[0].Message + (conflicts.Count > 1 ? " и другие" : ""),
                "/Scheduling#conflicts", Permission: Parta.Access.Permissions.ScheduleEdit));
        }

        var since = today.AddDays(-RecentDays);
        var recent = (await db.MovementEvents.AsNoTracking()
                .Where(e => !e.Cancelled && e.Kind != MovementKind.OpeningEnrolment && e.Date > since && e.Date <= today)
                .OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt)
                .Take(10)
                .Select(e => new
                {
                    e.Date, e.Kind, e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName,
                    Grade = (int?)e.ToClass!.Grade, e.ToClass.Letter,
                })
                .ToListAsync(ct))
            .Select(e => new RecentMovement(e.Date, e.Kind, e.StudentId, PersonName.Full(e.LastName, e.FirstName, e.MiddleName),
                e.Grade is { } g ? SchoolClass.NameOf(g, e.Letter) : null))
            .ToList();

        return new SchoolAttention(
            year?.Name,
            await db.SchoolClasses.CountAsync(c => c.AcademicYearId == yearId, ct),
            await ClassLists.InSchoolOn(db, today).Distinct().CountAsync(ct),
            await db.StaffMembers.CountAsync(ct),
            items,
            recent,
            ready);
    }

    /// <summary>The conflicts (not hours) of the timetable in force today: a teacher, a room or students in two places.</summary>
    private async Task<List<TimetableConflict>> TimetableConflictsTodayAsync(Guid? yearId, DateOnly today, CancellationToken ct)
    {
        var timetableId = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == yearId && t.ValidFrom <= today)
            .OrderByDescending(t => t.ValidFrom).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (timetableId is not { } id || await TimetablePicture.LoadAsync(db, id, today, ct) is not { } picture)
        {
            return [];
        }

        return TimetableConflicts.Find(picture).Where(c => !c.MayBeKept).ToList();
    }
}
