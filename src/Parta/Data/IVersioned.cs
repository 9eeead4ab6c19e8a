namespace Parta.Data;

/// <summary>
/// A row edited through a form or the API: it carries a concurrency token, so that of two people saving the same record
/// the second is told instead of silently overwriting the first. On PostgreSQL the token is the row's <c>xmin</c>
/// (changed by every update); on SQLite it is a column that <see cref="PartaDbContext"/> increments at every update.
/// Forms carry it in a hidden field; use cases compare it with <see cref="PartaDbContext.Expect"/>.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}
