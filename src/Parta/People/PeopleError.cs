namespace Parta.People;

/// <summary>
/// An expected failure of a People or Access use case, with the form field it belongs to (if any): pages show it
/// next to the field, never as an exception.
/// </summary>
public abstract record PeopleError(string Message, string? Field = null);

public sealed record NotFound() : PeopleError("Запись не найдена.");

public sealed record Forbidden() : PeopleError("Недостаточно прав.");

/// <summary>A use case's value or its expected failure.</summary>
public readonly record struct Outcome<T>(T? Value, PeopleError? Error)
{
    public bool Failed => Error is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(PeopleError error) => new(default, error);
}
