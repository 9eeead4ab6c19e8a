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
}
