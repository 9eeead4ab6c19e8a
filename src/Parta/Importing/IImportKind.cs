using Parta.Organisation;

namespace Parta.Importing;

/// <summary>
/// One kind of spreadsheet: plans its rows into the change tracker (matching what exists, refusing row by row with the
/// same rules the pages use), then, after the planned rows are saved, does what must follow in the same transaction.
/// </summary>
internal interface IImportKind
{
    Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct);

    /// <summary>Runs after the planned rows are saved, inside the import's transaction (a failure rolls everything back).</summary>
    Task<IReadOnlyList<ImportError>> AfterSaveAsync(ImportRun run, AcademicYear year, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ImportError>>([]);
}
