namespace Parta.Common;

/// <summary>
/// What every use case answers: its value, or the <see cref="Error"/>s that refused it (all of a form's at once).
/// Pages map it with <c>PageResults</c>, the API with <c>ApiResults</c>; nothing else interprets it.
/// </summary>
public readonly struct Result<T>
{
    private readonly T? _value;
    private readonly IReadOnlyList<Error>? _errors;

    internal Result(T? value, IReadOnlyList<Error>? errors)
    {
        _value = value;
        _errors = errors;
    }

    public IReadOnlyList<Error> Errors => _errors ?? [];

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The value of a succeeded result; reading it from a refused one is a bug.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("The use case was refused: " + Errors[0].Message);

    /// <summary>The same refusal as a result of another type (a use case passing on another's errors).</summary>
    public Result<TOther> Cast<TOther>() => Result.Fail<TOther>(Errors);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => Result.Fail<T>([error]);

    public static implicit operator Result<T>(List<Error> errors) => Result.Fail<T>(errors);
}

/// <summary>Makes results where the implicit conversions cannot (a refusal of several errors, a value of an interface type).</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value) => new(value, null);

    public static Result<T> Fail<T>(IEnumerable<Error> errors)
    {
        var list = errors.ToList();
        return list.Count == 0 ? throw new ArgumentException("A refusal needs at least one error.", nameof(errors)) : new(default, list);
    }
}
