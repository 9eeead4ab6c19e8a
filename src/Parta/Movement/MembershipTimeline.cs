namespace Parta.Movement;

/// <summary>A student's stay in one class: from <see cref="From"/> (inclusive) until <see cref="Until"/> (exclusive, open when null).</summary>
public sealed record ClassStint(Guid StudentId, Guid SchoolClassId, DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>The facts of a movement event that membership depends on.</summary>
public sealed record MovementFact(Guid StudentId, MovementKind Kind, DateOnly Date, Guid? ToClassId);

/// <summary>
/// The one derivation of class membership from the movement book: replaying a student's events, oldest first,
/// gives the stints in classes. An event's date is the first day of the new state: a student transferred on
/// 10 October is in the old class on 9 October and in the new one on 10 October; withdrawn on 15 October, they are
/// not in the school on 15 October.
/// </summary>
public static class MembershipTimeline
{
    public static IReadOnlyList<ClassStint> Replay(IEnumerable<MovementFact> events)
    {
        var stints = new List<ClassStint>();
        var open = new Dictionary<Guid, ClassStint>();
        foreach (var e in events.OrderBy(e => e.Date))
        {
            if (open.Remove(e.StudentId, out var current))
            {
                stints.Add(current with { Until = e.Date });
            }

            if (e.Kind.LeadsIntoClass() && e.ToClassId is { } classId)
            {
                open[e.StudentId] = new ClassStint(e.StudentId, classId, e.Date, null);
            }
        }

        stints.AddRange(open.Values);
        return stints.Where(s => s.Until is null || s.Until > s.From).ToList();
    }

    /// <summary>The class of each student on a date: at most one, by construction.</summary>
    public static IReadOnlyDictionary<Guid, Guid> ClassesOn(IEnumerable<ClassStint> stints, DateOnly date) =>
        stints.Where(s => s.Covers(date)).ToDictionary(s => s.StudentId, s => s.SchoolClassId);
}
