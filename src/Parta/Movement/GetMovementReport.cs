using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

/// <summary>A line of the movement report: a class, or the total.</summary>
public sealed record MovementReportLine(
    string ClassName, int AtStart, int Arrived, int TransferredIn, int TransferredOut, int Promoted,
    IReadOnlyDictionary<WithdrawalReason, int> Withdrawn, int AtEnd)
{
    public int Left => TransferredOut + Promoted + Withdrawn.Values.Sum();

    /// <summary>At the start + arrived − left = at the end: the book is consistent.</summary>
    public bool Agrees => AtStart + Arrived + TransferredIn - Left == AtEnd;
}

/// <summary>The report for a period: its dates (as asked, or the school year so far), a line per class and the total.</summary>
public sealed record MovementReport(DateOnly From, DateOnly To, IReadOnlyList<MovementReportLine> Classes, MovementReportLine Total);

/// <summary>
/// Отчёт о движении учащихся for a period, per class and in total: on the day before the period (with those entered by
/// the school's opening enrolment during it, who were there before the book began), arrived (from outside the school, or
/// by transfer inside it), left (by transfer, promotion, withdrawal by reason), at the last day.
/// Computed from the enrolments that the events derive, so the totals agree by construction, and checked.
/// </summary>
public sealed class GetMovementReport(PartaDbContext db, TimeProvider time)
{
    /// <param name="From">The first day; by default the start of the current school year.</param>
    /// <param name="To">The last day; by default the school's today.</param>
    public sealed record Request(DateOnly? From = null, DateOnly? To = null);

    public sealed record PeriodBackwards() : Invalid("Начало периода позже его конца.", nameof(Request.From));

    public async Task<Result<MovementReport>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var checks = new Checks();
        var window = DateWindow.SchoolLife(today);
        var asked = (From: checks.Date(request.From, nameof(Request.From), "С", window), To: checks.Date(request.To, nameof(Request.To), "По", window));
        if (checks.Failed)
        {
            return checks.Refusal<MovementReport>();
        }

        var to = asked.To ?? today;
        var from = asked.From ?? (await SchoolClock.CurrentYearAsync(db, today, ct))?.Start ?? to.AddMonths(-1);
        if (from > to)
        {
            return new PeriodBackwards();
        }

        var (classes, total) = await LinesAsync(from, to, ct);
        return new MovementReport(from, to, classes, total);
    }

    private async Task<(IReadOnlyList<MovementReportLine> Classes, MovementReportLine Total)> LinesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var stints = await db.ClassEnrolments.AsNoTracking()
            .Where(e => e.From <= to && (e.Until == null || e.Until >= from))
            .Select(e => new { e.StudentId, e.SchoolClassId, e.From, e.Until })
            .ToListAsync(ct);
        var events = await db.MovementEvents.AsNoTracking()
            .Where(e => !e.Cancelled && e.Date >= from && e.Date <= to)
            .Select(e => new { e.StudentId, e.Date, e.Kind, e.WithdrawalReason, e.FromClassId })
            .ToListAsync(ct);
        var classIds = stints.Select(s => s.SchoolClassId).Distinct().ToList();
        var classes = await db.SchoolClasses.AsNoTracking()
            .Where(c => classIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Grade, c.Letter })
            .ToListAsync(ct);

        // The event that made each stint start or end, found by student and date (not by a scan per stint).
        var eventOn = events.GroupBy(e => (e.StudentId, e.Date)).ToDictionary(g => g.Key, g => g.Last());
        var before = from.AddDays(-1);
        var lines = new List<MovementReportLine>();
        var stintsByClass = stints.ToLookup(s => s.SchoolClassId);
        foreach (var schoolClass in ClassOrder.Sort(classes, c => c.Grade, c => c.Letter))
        {
            var own = stintsByClass[schoolClass.Id].ToList();
            // A student entered by the opening enrolment was in the class before the book began: «на начало», not an arrival.
            var opened = own.Where(s => s.From >= from && s.From <= to
                && eventOn.TryGetValue((s.StudentId, s.From), out var e) && e.Kind == MovementKind.OpeningEnrolment).ToList();
            var arrivedAll = own.Where(s => s.From >= from && s.From <= to).Except(opened).ToList();
            var cameFromClass = arrivedAll.Count(s => eventOn.TryGetValue((s.StudentId, s.From), out var e) && e.FromClassId != null);
            var leftAll = own.Where(s => s.Until is { } u && u >= from && u <= to).ToList();
            var exits = leftAll.Select(s => eventOn.GetValueOrDefault((s.StudentId, s.Until!.Value))).ToList();
            var withdrawn = exits.Where(e => e?.Kind == MovementKind.Withdrawal)
                .GroupBy(e => e!.WithdrawalReason ?? WithdrawalReason.Other)
                .ToDictionary(g => g.Key, g => g.Count());
            var promoted = exits.Count(e => e?.Kind is MovementKind.Promotion or MovementKind.ConditionalPromotion or MovementKind.Retention);
            lines.Add(new MovementReportLine(
                SchoolClass.NameOf(schoolClass.Grade, schoolClass.Letter),
                own.Count(s => s.From <= before && (s.Until is null || s.Until > before)) + opened.Count,
                arrivedAll.Count - cameFromClass,
                cameFromClass,
                leftAll.Count - promoted - withdrawn.Values.Sum(),
                promoted,
                withdrawn,
                own.Count(s => s.From <= to && (s.Until is null || s.Until > to))));
        }

        var total = new MovementReportLine(
            "Всего", lines.Sum(l => l.AtStart), lines.Sum(l => l.Arrived), lines.Sum(l => l.TransferredIn), lines.Sum(l => l.TransferredOut),
            lines.Sum(l => l.Promoted),
            Enum.GetValues<WithdrawalReason>().ToDictionary(r => r, r => lines.Sum(l => l.Withdrawn.GetValueOrDefault(r))),
            lines.Sum(l => l.AtEnd));
        return (lines, total);
    }
}
