namespace Parta.Importing;

/// <summary>What the import does to one kind of record.</summary>
public sealed record ImportCount(string What, int Created, int Updated, int Unchanged);

public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>What the import does to the main record of one row.</summary>
public sealed record ImportLine(int Row, string Title, ImportAction Action);

public sealed record ImportResult(
    ImportKind Kind, string? YearName, int Rows, IReadOnlyList<ImportCount> Counts, IReadOnlyList<ImportLine> Lines,
    IReadOnlyList<ImportError> Errors, bool Applied)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>What the kind says about the whole file besides its counts: «Будут заменены уроки классов: 5А, 5Б …».</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What does not block the import but should be read first (the timetable's hours that differ from the plan).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
