using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Grading;

/// <summary>A period of the current year and what closing it would leave missing, class by class.</summary>
public sealed record PeriodClosing(Period Period, string SchemeName, IReadOnlyList<Period> Periods, IReadOnlyList<ClassGaps> Classes, DateOnly Today);

/// <summary>The closing screen's read: the periods of the year and, for the chosen one, each class with its gaps.</summary>
public sealed class GetPeriodClosing(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(Guid? PeriodId);

    public sealed record NoPeriods() : NotFound("В текущем учебном году не заданы учебные периоды.");

    public async Task<Result<PeriodClosing>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        // The requested period's year, else the current (or the latest) year.
        var year = request.PeriodId is { } asked
            ? await db.Periods.Where(p => p.Id == asked).Join(db.PeriodSchemes, p => p.PeriodSchemeId, s => s.Id, (p, s) => (Guid?)s.AcademicYearId)
                .FirstOrDefaultAsync(ct)
            : (await SchoolClock.CurrentYearAsync(db, today, ct))?.Id;
        var periods = await db.Periods.AsNoTracking()
            .Where(p => db.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.AcademicYearId == year))
            .OrderBy(p => p.Start).ThenBy(p => p.Number).ToListAsync(ct);
        var period = request.PeriodId is { } id
            ? periods.FirstOrDefault(p => p.Id == id)
            : periods.LastOrDefault(p => p.Start <= today && !p.Closed) ?? periods.LastOrDefault(p => p.Start <= today) ?? periods.FirstOrDefault();
        if (period is null)
        {
            return request.PeriodId is null ? new NoPeriods() : new ClosePeriod.PeriodNotFound();
        }

        var schemeName = await db.PeriodSchemes.Where(s => s.Id == period.PeriodSchemeId).Select(s => s.Name).FirstAsync(ct);
        return new PeriodClosing(period, schemeName, periods, await PeriodGaps.ForAsync(db, period, today, ct), today);
    }
}

/// <summary>
/// Закрывает период for the whole school or for chosen classes (periods.close). Closing first looks for what is
/// missing (<see cref="PeriodGaps"/>): students without a period mark, lessons without a topic; with gaps the closing is
/// refused unless an override reason is given, which is kept on the closure and in the audit history. From then on the
/// period's journal cells and final marks of those classes are read-only except with journal.edit.closed and a reason.
/// </summary>
public sealed class ClosePeriod(PartaDbContext db, TimeProvider time)
{
    /// <param name="ClassIds">The classes to close; null or empty to close the period for the whole school.</param>
    /// <param name="Override">The reason to close although something is missing.</param>
    public sealed record Request(Guid PeriodId, IReadOnlyList<Guid>? ClassIds, string? Override = null);

    public sealed record PeriodNotFound() : NotFound("Период не найден.");

    public sealed record NotStarted(string Period) : Invalid($"Период «{Period}» ещё не начался: закрыть его нельзя.");

    public sealed record ClassNotFollowing() : Invalid("Выбранный класс учится не по этому периоду.", "ClassIds");

    public sealed record Incomplete(int WithoutMark, int WithoutTopic)
        : Invalid($"Не всё заполнено: {Missing(WithoutMark, WithoutTopic)}. Исправьте или закройте период, указав причину.", "Override");

    /// <returns>The names of the classes closed (all the period's classes for the whole school).</returns>
    public async Task<Result<IReadOnlyList<string>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Id == request.PeriodId, ct);
        if (period is null)
        {
            return new PeriodNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        if (period.Start > today)
        {
            return new NotStarted(period.Name);
        }

        var checks = new Checks();
        var why = checks.Text(request.Override, nameof(Request.Override), "Причина", JournalRules.ReasonLength);
        if (checks.Failed)
        {
            return checks.Refusal<IReadOnlyList<string>>();
        }

        var gaps = await PeriodGaps.ForAsync(db, period, today, ct);
        var whole = request.ClassIds is null or { Count: 0 };
        var chosen = whole ? gaps : gaps.Where(g => request.ClassIds!.Contains(g.ClassId)).ToList();
        if (!whole && chosen.Count != request.ClassIds!.Distinct().Count())
        {
            return new ClassNotFollowing();
        }

        var open = chosen.Where(c => !c.Closed || whole).ToList();
        if (open.Sum(c => c.WithoutMark) is var withoutMark && open.Sum(c => c.LessonsWithoutTopic) is var withoutTopic
            && withoutMark + withoutTopic > 0 && why is null)
        {
            return new Incomplete(withoutMark, withoutTopic);
        }

        if (why is not null)
        {
            db.AuditReason = why;
        }

        if (whole)
        {
            period.Closed = true;
        }
        else
        {
            foreach (var c in open.Where(c => !c.Closed))
            {
                db.PeriodClosures.Add(new PeriodClosure
                {
                    SchoolId = period.SchoolId, PeriodId = period.Id, SchoolClassId = c.ClassId, ClosedAt = time.GetUtcNow().UtcDateTime, Override = why,
                });
            }
        }

        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }

        return chosen.Select(c => c.ClassName).ToList();
    }

    /// <summary>«12 итоговых отметок не выставлено, 3 урока без темы».</summary>
    public static string Missing(int withoutMark, int withoutTopic) =>
        string.Join(", ", new[]
        {
            withoutMark > 0 ? $"не выставлено {RussianPlural.Count(withoutMark, "итоговая отметка", "итоговые отметки", "итоговых отметок")}" : null,
            withoutTopic > 0 ? $"{RussianPlural.Count(withoutTopic, "урок", "урока", "уроков")} без темы" : null,
        }.Where(s => s is not null));
}

/// <summary>
/// Открывает закрытый период again, for the whole school or chosen classes (periods.close), with a reason kept in the
/// audit history. Reopening the whole school keeps the closures of single classes.
/// </summary>
public sealed class ReopenPeriod(PartaDbContext db)
{
    public sealed record Request(Guid PeriodId, IReadOnlyList<Guid>? ClassIds, string? Reason);

    public sealed record ReasonNeeded() : Invalid("Укажите, почему период открывается снова: причина сохранится в истории.", "Reason");

    public async Task<Result<Period>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Id == request.PeriodId, ct);
        if (period is null)
        {
            return new ClosePeriod.PeriodNotFound();
        }

        var checks = new Checks();
        var why = checks.Text(request.Reason, nameof(Request.Reason), "Причина", JournalRules.ReasonLength);
        if (checks.Failed)
        {
            return checks.Refusal<Period>();
        }

        if (why is null)
        {
            return new ReasonNeeded();
        }

        db.AuditReason = why;
        if (request.ClassIds is null or { Count: 0 })
        {
            period.Closed = false;
        }
        else
        {
            var ids = request.ClassIds;
            db.PeriodClosures.RemoveRange(await db.PeriodClosures.Where(c => c.PeriodId == period.Id && ids.Contains(c.SchoolClassId)).ToListAsync(ct));
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : period;
    }
}
