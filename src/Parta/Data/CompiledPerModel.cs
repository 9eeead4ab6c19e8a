using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Parta.Data;

/// <summary>
/// A query compiled once (<c>EF.CompileAsyncQuery</c>) for each model it runs on: a compiled query is bound to the
/// model it was first run with, and one process may hold two (the tests run SQLite and PostgreSQL side by side). For the
/// few queries every request makes, where translating LINQ anew each time is a measurable share of the request.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _queries = new();

    public TQuery For(PartaDbContext db) => _queries.GetValue(db.Model, _ => compile());
}
