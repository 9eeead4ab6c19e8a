namespace Parta.Common;

/// <summary>What kind of refusal an <see cref="Error"/> is: it decides the page's and the API's answer.</summary>
public enum ErrorKind
{
    /// <summary>The request breaks a rule: shown next to its field on a page, 422 from the API.</summary>
    Invalid,

    /// <summary>The thing does not exist, or its existence is private to another school or family: 404.</summary>
    NotFound,

    /// <summary>The user may see the thing but not do this with it: 403.</summary>
    Forbidden,

    /// <summary>Someone else changed the thing first, or it is in a state that no longer allows this: 409.</summary>
    Conflict,
}

/// <summary>
/// An expected refusal of a use case, with its Russian message and the request field it belongs to (if any). A use case
/// names its own errors by deriving from one of the four kinds below
/// (<c>sealed record DuplicatePersonalFileNumber(string Number) : Invalid(…)</c>), so a test or a caller can tell them
/// apart, and the page and the API each map them in one place.
/// </summary>
public abstract record Error(string Message, string? Field = null)
{
    public abstract ErrorKind Kind { get; }
}
