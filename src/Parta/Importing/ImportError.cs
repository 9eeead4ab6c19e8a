namespace Parta.Importing;

/// <summary>A problem of the file or of one cell, said in Russian: «Строка 7, «Дата рождения»: неверная дата «31.02.2014»».</summary>
public sealed record ImportError(int? Row, string? Column, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        (null, _) => Message,
        (_, null) => $"Строка {Row}: {Message}",
        _ => $"Строка {Row}, «{Column}»: {Message}",
    };
}
