namespace Parta.People;

/// <summary>Interim: the People and Access use cases move to <see cref="Result{T}"/>.</summary>
public abstract record PeopleError(string Message, string? Field = null) : Invalid(Message, Field);

/// <summary>Interim: the People and Access use cases move to <see cref="Result{T}"/>.</summary>
public readonly record struct Outcome<T>(T? Value, Error? Error)
{
    public bool Failed => Error is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Error error) => new(default, error);
}
