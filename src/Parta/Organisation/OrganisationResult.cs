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

