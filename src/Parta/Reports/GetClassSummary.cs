using Parta.Data;
using Parta.Journal;

namespace Parta.Reports;

/// <summary>
/// The class summary sheet (сводная ведомость): the counted students' period marks of one period, or of every period
/// with the year marks (<see cref="Year"/>), subjects as columns.
/// </summary>
/// <param name="Periods">The periods shown: the asked one, or all of the class's for the year view.</param>
public sealed record ClassSummary(ReportScope Scope, bool Year, IReadOnlyList<JournalPeriod> Periods, ClassPeriodMarks Marks);

/// <summary>Reads the class summary sheet (<see cref="ClassSummary"/>) of a class and a period or the year.</summary>
public sealed class GetClassSummary(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    /// <summary>The query's word for the year view.</summary>
    public const string YearValue = "year";

    /// <param name="Period">A period's id, <c>year</c>, or none (the default period).</param>
    public sealed record Request(Guid? ClassId, string? Period);

    public sealed record UnknownPeriodValue() : Invalid("Период указан неверно: нужен учебный период класса или «year» (год).", "PeriodId");

    public async Task<Result<ClassSummary>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var year = string.Equals(request.Period?.Trim(), YearValue, StringComparison.OrdinalIgnoreCase);
        Guid? periodId = null;
        if (!year && !string.IsNullOrWhiteSpace(request.Period))
        {
            if (!Guid.TryParse(request.Period, out var parsed))
            {
                return new UnknownPeriodValue();
            }

            periodId = parsed;
        }

        var scope = await GetClassPeriodReport.ScopeAsync(db, access, time, request.ClassId, periodId, ct);
        if (!scope.Succeeded)
        {
            return scope.Cast<ClassSummary>();
        }

        var s = scope.Value;
        if (!year)
        {
            return new ClassSummary(s, false, [s.Period], await ClassPeriodMarks.LoadAsync(db, s.Class, s.Period, s.Today, ct));
        }

        // The year: the students in the class on the last period's last day (or today), every period's marks and the year marks.
        var periods = s.Periods.Count > 0 ? s.Periods : [s.Period];
        var countingDay = ClassPeriodStudents.CountingDay(periods.Max(p => p.End), s.Today);
        var marks = await ClassPeriodMarks.LoadAsync(db, s.Class, periods.Select(p => p.Id).ToList(), countingDay, withYear: true, ct);
        return new ClassSummary(s with { CountingDay = countingDay }, true, periods, marks);
    }
}
