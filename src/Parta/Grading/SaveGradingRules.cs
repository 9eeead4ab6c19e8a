using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Grading;

/// <summary>
/// Saves the school's rules for suggesting final marks (the coordinator's, school.edit): the thresholds for 5, 4 and 3
/// (between 1 and 5, two decimals at most, each above the next: e.g. 4,6 / 3,6 / 2,6), the fewest marks for a period
/// mark (0–20), the missed share above which «н/а» is suggested (1–100 %), the rounding of halves. Marks already set
/// are not changed: only the suggestions follow the new rules.
/// </summary>
public sealed class SaveGradingRules(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Five">As typed («4,5» or «4.5»).</param>
    /// <param name="Version">The version the form was opened with (null: no check).</param>
    public sealed record Request(string? Five, string? Four, string? Three, int? MinMarks, int? MaxMissedPercent, HalfRounding? Halves, uint? Version = null);

    public sealed record NotAThreshold(string Field, string Title)
        : Invalid($"Порог «{Title}»: введите число от 1 до 5 с одним или двумя знаками после запятой, например 4,5.", Field);

    public sealed record NotDescending() : Invalid("Пороги должны убывать: порог для «5» выше порога для «4», а он выше порога для «3».", nameof(Request.Four));

    public async Task<Result<GradingRules>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var schoolId = currentUser.SchoolId!.Value;
        var checks = new Checks();
        var five = Threshold(checks, request.Five, nameof(Request.Five), "5");
        var four = Threshold(checks, request.Four, nameof(Request.Four), "4");
        var three = Threshold(checks, request.Three, nameof(Request.Three), "3");
        var minMarks = checks.Number(request.MinMarks, nameof(Request.MinMarks), "Наименьшее число отметок", 0, 20, required: true);
        var missed = checks.Number(request.MaxMissedPercent, nameof(Request.MaxMissedPercent), "Доля пропусков", 1, 100, required: true);
        var halves = checks.Defined(request.Halves, nameof(Request.Halves), "Округление половины");
        if (five is not null && four is not null && three is not null && !(five > four && four > three))
        {
            checks.Add(new NotDescending());
        }

        if (checks.Failed)
        {
            return checks.Refusal<GradingRules>();
        }

        var rules = await db.GradingRules.FirstOrDefaultAsync(r => r.SchoolId == schoolId, ct);
        if (rules is null)
        {
            rules = GradingRules.Defaults(schoolId);
            db.GradingRules.Add(rules);
        }
        else if (db.Expect(rules, request.Version) is { } stale)
        {
            return stale;
        }

        rules.Five = five!.Value;
        rules.Four = four!.Value;
        rules.Three = three!.Value;
        rules.MinMarks = minMarks!.Value;
        rules.MaxMissedPercent = missed!.Value;
        rules.Halves = halves ?? HalfRounding.Up;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : rules;
    }

    private static decimal? Threshold(Checks checks, string? typed, string field, string title)
    {
        var text = typed?.Trim().Replace(',', '.');
        if (string.IsNullOrEmpty(text) || text.Length > 6
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value < 1 || value > 5 || decimal.Round(value, 2) != value)
        {
            checks.Add(new NotAThreshold(field, title));
            return null;
        }

        return value;
    }
}
