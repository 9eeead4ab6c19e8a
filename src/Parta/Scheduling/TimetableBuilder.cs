namespace Parta.Scheduling;

/// <summary>
/// Fills a weekly timetable from nothing: greedy placement of the most constrained lessons first, with a repair step —
/// when a lesson finds no free slot in its class's week, it swaps with a lesson of its own class, or takes the slot that
/// fewest lessons block and sends those back to be placed again. Every class's week is laid out first without gaps
/// («окна»): lessons 1…k on each school day, the longer days in the middle of the week. Deterministic for a seed.
/// Lessons of different shifts are kept apart by number only (a teacher's lesson 2 of either shift is one slot), as
/// <see cref="TimetableConflicts"/> checks them.
/// </summary>
public static class TimetableBuilder
{
    /// <param name="MaxPerDay">The most lessons a day (СанПиН: 4–5 in grade 1, 5 in 2–4, 6 in 5–6, 7 in 7–11).</param>
    /// <param name="TimeOffset">
    /// Where the class's lesson 1 lies on the school's common time line, in lessons: 0 for the first shift; for the second,
    /// the first-shift lesson its lesson 1 meets by the bells (a teacher or a room is busy at a time, not at a number).
    /// </param>
    public sealed record ClassWeek(Guid ClassId, string Name, int DaysPerWeek, int MaxPerDay, int TimeOffset = 0);

    /// <summary>
    /// Lessons that take a class's slot together: one assignment of the whole class, or the groups of a class that learn
    /// at the same time (English in two groups). Each part takes the first of its rooms that is free.
    /// </summary>
    public sealed record Unit(Guid ClassId, Guid SubjectId, decimal HoursPerWeek, IReadOnlyList<UnitPart> Parts);

    public sealed record UnitPart(Guid AssignmentId, Guid TeacherId, IReadOnlyList<Guid> Rooms);

    public sealed record PlacedLine(int Day, int Number, Guid AssignmentId, Guid? RoomId, WeekParity Weeks);

    /// <summary>Thrown when the lessons cannot all be placed: never are lessons dropped silently.</summary>
    public sealed class CannotPlaceException(string message) : Exception(message);

    private static readonly int[] HeavyDaysFirst = [2, 3, 4, 1, 5, 6];

    public static List<PlacedLine> Build(IReadOnlyList<ClassWeek> classes, IReadOnlyList<Unit> units, int seed, int maxSteps = 200_000)
    {
        var random = new Random(seed);
        var state = new State(classes, units, random);
        state.Solve(maxSteps);
        return state.Lines();
    }

    private sealed class Item(Unit unit, WeekParity weeks, int order)
    {
        public Unit Unit { get; } = unit;
        public WeekParity Weeks { get; } = weeks;
        public int Order { get; } = order;
        public (int Day, int Number)? Slot { get; set; }
        public Guid?[] Rooms { get; } = new Guid?[unit.Parts.Count];
    }

    private sealed class State
    {
        private readonly Dictionary<Guid, Item?[,]> _grid = [];
        private readonly Dictionary<Guid, ClassWeek> _classes;
        private readonly Dictionary<(Guid Teacher, int Day, int Number), Item> _teachers = [];
        private readonly Dictionary<(Guid Room, int Day, int Number), Item> _rooms = [];
        private readonly Dictionary<(Guid Class, Guid Subject, int Day), int> _subjectDay = [];
        private readonly Dictionary<(Item, int, int), int> _tabu = [];
        private readonly List<Item> _items = [];
        private readonly Random _random;

        public State(IReadOnlyList<ClassWeek> classes, IReadOnlyList<Unit> units, Random random)
        {
            _random = random;
            _classes = classes.ToDictionary(c => c.ClassId);
            var teacherLoad = units.SelectMany(u => u.Parts.Select(p => (p.TeacherId, u.HoursPerWeek)))
                .GroupBy(x => x.TeacherId).ToDictionary(g => g.Key, g => g.Sum(x => x.HoursPerWeek));
            foreach (var unit in units)
            {
                if (!_classes.ContainsKey(unit.ClassId))
                {
                    throw new CannotPlaceException($"A unit of class {unit.ClassId} that is not in the list of classes.");
                }

                var whole = (int)Math.Floor(unit.HoursPerWeek);
                var half = unit.HoursPerWeek - whole;
                if (half != 0 && half != 0.5m)
                {
                    throw new CannotPlaceException($"{unit.HoursPerWeek} hours a week: only whole hours and halves can be placed.");
                }

                for (var i = 0; i < whole; i++)
                {
                    _items.Add(new Item(unit, WeekParity.Every, _items.Count));
                }

                if (half != 0)
                {
                    _items.Add(new Item(unit, WeekParity.Odd, _items.Count));
                }
            }

            foreach (var schoolClass in classes)
            {
                var count = _items.Count(i => i.Unit.ClassId == schoolClass.ClassId);
                _grid[schoolClass.ClassId] = Week(schoolClass, count);
            }

            // Most constrained first: the busiest teachers, lessons of several groups, lessons needing a special room.
            var difficulty = _items.Select(i => i.Unit).Distinct().ToDictionary(u => u, u =>
                u.Parts.Sum(p => teacherLoad[p.TeacherId]) + (u.Parts.Count - 1) * 20 + u.Parts.Sum(p => p.Rooms.Count is 1 or 2 ? 5 : 0));
            _queue = new LinkedList<Item>(_items.OrderByDescending(i => difficulty[i.Unit]).ThenBy(_ => _random.Next()));
        }

        private readonly LinkedList<Item> _queue;

        /// <summary>A class's week as empty slots: lessons 1…k on each day, the longer days in the middle of the week.</summary>
        private static Item?[,] Week(ClassWeek schoolClass, int lessons)
        {
            var days = schoolClass.DaysPerWeek;
            var perDay = new int[7];
            var order = HeavyDaysFirst.Where(d => d <= days).ToList();
            for (var i = 0; i < lessons; i++)
            {
                perDay[order[i % order.Count]]++;
            }

            if (perDay.Max() > schoolClass.MaxPerDay)
            {
                throw new CannotPlaceException(
                    $"{schoolClass.Name}: {lessons} lessons a week do not fit {days} days of at most {schoolClass.MaxPerDay} lessons.");
            }

            var grid = new Item?[7, ScheduleRules.MaxLessonNumber + 1];
            for (var day = 1; day <= 6; day++)
            {
                for (var number = perDay[day] + 1; number <= ScheduleRules.MaxLessonNumber; number++)
                {
                    grid[day, number] = Closed;
                }

                grid[day, 0] = Closed;
            }

            for (var number = 0; number <= ScheduleRules.MaxLessonNumber; number++)
            {
                grid[0, number] = Closed;
            }

            return grid;
        }

        private static readonly Item Closed = new(new Unit(Guid.Empty, Guid.Empty, 0, []), WeekParity.Every, -1);

        public void Solve(int maxSteps)
        {
            var step = 0;
            while (_queue.First is { } node)
            {
                if (++step > maxSteps)
                {
                    var stuck = string.Join(", ", _queue.Take(5).Select(i => _classes[i.Unit.ClassId].Name).Distinct());
                    throw new CannotPlaceException($"The timetable could not be completed in {maxSteps} steps ({_queue.Count} lessons left, e.g. of {stuck}).");
                }

                var item = node.Value;
                _queue.RemoveFirst();
                var free = FreeSlots(item.Unit.ClassId).ToList();
                var best = free.Where(s => Fits(item, s.Day, s.Number))
                    .Select(s => (Slot: s, Score: Score(item, s.Day) * 1000 + _random.Next(1000)))
                    .OrderBy(x => x.Score).Select(x => ((int Day, int Number)?)x.Slot).FirstOrDefault();
                if (best is { } slot)
                {
                    Place(item, slot.Day, slot.Number);
                    continue;
                }

                if (TrySwap(item, free))
                {
                    continue;
                }

                Eject(item, free, step);
            }
        }

        private IEnumerable<(int Day, int Number)> FreeSlots(Guid classId)
        {
            var grid = _grid[classId];
            for (var day = 1; day <= 6; day++)
            {
                for (var number = 1; number <= ScheduleRules.MaxLessonNumber; number++)
                {
                    if (grid[day, number] is null)
                    {
                        yield return (day, number);
                    }
                }
            }
        }

        /// <summary>The lesson's place on the common time line, where teachers and rooms are busy.</summary>
        private int At(Item item, int number) => number + _classes[item.Unit.ClassId].TimeOffset;

        /// <summary>Lower is better: a subject not yet on that day.</summary>
        private int Score(Item item, int day) => _subjectDay.GetValueOrDefault((item.Unit.ClassId, item.Unit.SubjectId, day));

        private bool Fits(Item item, int day, int number, Item? ignoring = null)
        {
            var cell = _grid[item.Unit.ClassId][day, number];
            if (cell is not null && cell != ignoring)
            {
                return false;
            }

            var sameDay = _subjectDay.GetValueOrDefault((item.Unit.ClassId, item.Unit.SubjectId, day));
            if (ignoring is not null && ignoring.Slot?.Day == day && ignoring.Unit.SubjectId == item.Unit.SubjectId && ignoring.Unit.ClassId == item.Unit.ClassId)
            {
                sameDay--;
            }

            if (sameDay >= 2)
            {
                return false;
            }

            foreach (var part in item.Unit.Parts)
            {
                if (_teachers.TryGetValue((part.TeacherId, day, At(item, number)), out var other) && other != ignoring)
                {
                    return false;
                }
            }

            return PickRooms(item, day, number, ignoring) is not null;
        }

        private Guid?[]? PickRooms(Item item, int day, int number, Item? ignoring = null)
        {
            var picked = new Guid?[item.Unit.Parts.Count];
            for (var p = 0; p < item.Unit.Parts.Count; p++)
            {
                var rooms = item.Unit.Parts[p].Rooms;
                if (rooms.Count == 0)
                {
                    continue;
                }

                var room = rooms.Cast<Guid?>().FirstOrDefault(r =>
                    (!_rooms.TryGetValue((r!.Value, day, At(item, number)), out var other) || other == ignoring) && !picked.Contains(r));
                if (room is null)
                {
                    return null;
                }

                picked[p] = room;
            }

            return picked;
        }

        private void Place(Item item, int day, int number)
        {
            var rooms = PickRooms(item, day, number) ?? throw new InvalidOperationException("Placed without a room.");
            item.Slot = (day, number);
            _grid[item.Unit.ClassId][day, number] = item;
            var key = (item.Unit.ClassId, item.Unit.SubjectId, day);
            _subjectDay[key] = _subjectDay.GetValueOrDefault(key) + 1;
            for (var p = 0; p < item.Unit.Parts.Count; p++)
            {
                _teachers[(item.Unit.Parts[p].TeacherId, day, At(item, number))] = item;
                item.Rooms[p] = rooms[p];
                if (rooms[p] is { } room)
                {
                    _rooms[(room, day, At(item, number))] = item;
                }
            }
        }

        private void Remove(Item item)
        {
            var (day, number) = item.Slot!.Value;
            _grid[item.Unit.ClassId][day, number] = null;
            _subjectDay[(item.Unit.ClassId, item.Unit.SubjectId, day)]--;
            for (var p = 0; p < item.Unit.Parts.Count; p++)
            {
                _teachers.Remove((item.Unit.Parts[p].TeacherId, day, At(item, number)));
                if (item.Rooms[p] is { } room)
                {
                    _rooms.Remove((room, day, At(item, number)));
                }

                item.Rooms[p] = null;
            }

            item.Slot = null;
        }

        /// <summary>Within the item's class: a placed lesson that can move to a free slot, leaving its own slot to the item.</summary>
        private bool TrySwap(Item item, List<(int Day, int Number)> free)
        {
            var placed = _items.Where(i => i.Slot is not null && i.Unit.ClassId == item.Unit.ClassId && i.Unit != item.Unit)
                .OrderBy(_ => _random.Next()).ToList();
            foreach (var other in placed)
            {
                var (day, number) = other.Slot!.Value;
                if (!Fits(item, day, number, ignoring: other))
                {
                    continue;
                }

                Remove(other);
                Place(item, day, number);
                foreach (var slot in free.OrderBy(_ => _random.Next()))
                {
                    if (Fits(other, slot.Day, slot.Number))
                    {
                        Place(other, slot.Day, slot.Number);
                        return true;
                    }
                }

                Remove(item);
                Place(other, day, number);
            }

            return false;
        }

        /// <summary>Takes the free slot of the class that fewest other lessons block, and sends those back to the queue.</summary>
        private void Eject(Item item, List<(int Day, int Number)> free, int step)
        {
            var choices = free.Select(s => (Slot: s, Blockers: Blockers(item, s.Day, s.Number)))
                .Where(c => c.Blockers is not null)
                .Select(c => (c.Slot, Blockers: c.Blockers!, Cost: c.Blockers!.Count * 10 + (_tabu.TryGetValue((item, c.Slot.Day, c.Slot.Number), out var at) && step - at < 50 ? 100 : 0) + _random.Next(10)))
                .OrderBy(c => c.Cost).ToList();
            if (choices.Count == 0)
            {
                throw new CannotPlaceException($"{_classes[item.Unit.ClassId].Name}: a lesson has no slot at all.");
            }

            var (slot, blockers, _) = choices[0];
            foreach (var blocker in blockers)
            {
                Remove(blocker);
                _queue.AddFirst(blocker);
            }

            _tabu[(item, slot.Day, slot.Number)] = step;
            Place(item, slot.Day, slot.Number);
        }

        /// <summary>The placed lessons that stop the item from taking the slot; null when nothing can free it.</summary>
        private HashSet<Item>? Blockers(Item item, int day, int number)
        {
            var blockers = new HashSet<Item>();
            foreach (var part in item.Unit.Parts)
            {
                if (_teachers.TryGetValue((part.TeacherId, day, At(item, number)), out var other))
                {
                    blockers.Add(other);
                }
            }

            if (_subjectDay.GetValueOrDefault((item.Unit.ClassId, item.Unit.SubjectId, day)) >= 2)
            {
                var same = _items.FirstOrDefault(i => i.Slot?.Day == day && i.Unit.ClassId == item.Unit.ClassId && i.Unit.SubjectId == item.Unit.SubjectId);
                if (same is not null)
                {
                    blockers.Add(same);
                }
            }

            var taken = new List<Guid>();
            foreach (var part in item.Unit.Parts.Where(p => p.Rooms.Count > 0))
            {
                var candidates = part.Rooms.Where(r => !taken.Contains(r)).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var room = candidates.FirstOrDefault(r => !_rooms.ContainsKey((r, day, At(item, number))), candidates[0]);
                taken.Add(room);
                if (_rooms.TryGetValue((room, day, At(item, number)), out var occupant))
                {
                    blockers.Add(occupant);
                }
            }

            return blockers;
        }

        public List<PlacedLine> Lines() =>
        [
            .. _items.OrderBy(i => i.Order).SelectMany(i => i.Unit.Parts.Select((p, n) =>
                new PlacedLine(i.Slot!.Value.Day, i.Slot.Value.Number, p.AssignmentId, i.Rooms[n], i.Weeks))),
        ];
    }
}
