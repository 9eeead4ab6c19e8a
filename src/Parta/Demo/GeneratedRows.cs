using Parta.Scheduling;

namespace Parta.Demo;

/// <summary>
/// The rows of one generated school that are not written yet: its dated lessons (the journals set topics and homework
/// on them) and every other new row, for <see cref="Data.BulkInsert"/> at the end.
/// </summary>
internal sealed class GeneratedRows(IReadOnlyList<Lesson> lessons)
{
    private readonly Dictionary<Guid, Lesson> _lessons = lessons.ToDictionary(l => l.Id);

    public IReadOnlyList<Lesson> Lessons => lessons;

    public List<object> Rows { get; } = [];

    public Lesson Lesson(Guid id) => _lessons[id];

    public IEnumerable<object> All => lessons.Concat(Rows);
}
