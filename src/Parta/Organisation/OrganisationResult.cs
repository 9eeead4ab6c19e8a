using System.Globalization;

namespace Parta.Organisation;

/// <summary>An expected refusal of a use case: the field it concerns (empty for the whole form) and the Russian message.</summary>
public sealed record Refusal(string Field, string Message);

/// <summary>What an Organisation use case answers: the id it saved, or the refusals to show next to the fields.</summary>
public sealed record OrganisationResult(Guid Id, IReadOnlyList<Refusal> Refusals)
{
    public bool Succeeded => Refusals.Count == 0;

    public static OrganisationResult Ok(Guid id) => new(id, []);

    public static OrganisationResult Refuse(string field, string message) => new(Guid.Empty, [new Refusal(field, message)]);

    public static OrganisationResult Refuse(IReadOnlyList<Refusal> refusals) => new(Guid.Empty, refusals);
}

/// <summary>Dates as a Russian reader sees them: 28.11.2026.</summary>
public static class RussianDate
{
    public static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Show(DateOnly start, DateOnly end) => $"{Show(start)} – {Show(end)}";
}

/// <summary>Hours per week typed by a person: «1,5» or «1.5».</summary>
public static class Hours
{
    public static bool TryParse(string? text, out decimal hours)
    {
        hours = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out hours)
            && hours >= 0 && hours <= 99;
    }

    public static string Show(decimal hours) => hours.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
}
