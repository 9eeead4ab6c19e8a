using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Makes the dated lessons of the current school for a range of dates from what they come from: the timetable in force
/// on each date, the school calendar (holidays, moved days, 5- or 6-day weeks by grade), the bells of the class's shift
/// (shortened on shortened days) and the day's changes. Existing lessons are matched and updated in place (the k-th
/// lesson of an assignment on a date keeps its id), missing ones added, and ones the timetable no longer has deleted —
/// unless they hold records (<see cref="LessonRecords"/>): those are kept and flagged <see cref="Lesson.NotInTimetable"/>.
/// Saves nothing itself: the caller saves, in the same transaction as the change that caused it.
/// </summary>
public sealed class RefreshLessons(PartaDbContext db)
{
    /// <param name="AssignmentIds">Only the lessons of these teaching assignments (the rest are left alone); none: all.</param>
    public sealed record Request(DateOnly From, DateOnly To, IReadOnlyCollection<Guid>? AssignmentIds = null);

    /// <summary>How many lessons were added, changed, deleted, and kept for their teachers to decide on.</summary>
    public sealed record Outcome(int Added, int Changed, int Deleted, int Flagged);

    public async Task<Outcome> HandleAsync(Request request, CancellationToken ct = default)
    {
        var years = await db.AcademicYears.AsNoTracking().Where(y => y.Start <= request.To && y.End >= request.From)
            .Select(y => new { y.Id, y.Start, y.End }).ToListAsync(ct);
        var total = new Outcome(0, 0, 0, 0);
        foreach (var year in years)
        {
            var from = request.From > year.Start ? request.From : year.Start;
            var to = request.To < year.End ? request.To : year.End;
            var o = await RefreshYearAsync(year.Id, year.Start, from, to, request.AssignmentIds, ct);
            total = new Outcome(total.Added + o.Added, total.Changed + o.Changed, total.Deleted + o.Deleted, total.Flagged + o.Flagged);
        }

        return total;
    }

    private async Task<Outcome> RefreshYearAsync(Guid yearId, DateOnly yearStart, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var desired = await DesiredAsync(yearId, yearStart, from, to, only, ct);

        var existingQuery = db.Lessons.Where(l => l.AcademicYearId == yearId && l.Date >= from && l.Date <= to);
        if (only is not null)
        {
            existingQuery = existingQuery.Where(l => only.Contains(l.TeachingAssignmentId));
        }

        var existing = await existingQuery.ToListAsync(ct);
        var holding = (await LessonRecords.Holding(db, existingQuery).ToListAsync(ct)).ToHashSet();

        int added = 0, changed = 0, deleted = 0, flagged = 0;
        // An extra lesson whose change was undone (the database nulled its LessonChangeId) stays apart from the timetable's
        // lessons of its assignment: it must not take the id, and so the records, of one of them.
        var existingByKey = existing.GroupBy(l => (l.Date, l.TeachingAssignmentId, Extra: l.Change == LessonChangeKind.Extra ? l.LessonChangeId ?? l.Id : (Guid?)null))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Slot).ThenBy(l => l.Id).ToList());
        var matched = new HashSet<Guid>();
        foreach (var group in desired.GroupBy(d => (d.Date, d.AssignmentId, Extra: d.Change == LessonChangeKind.Extra ? d.ChangeId : null)))
        {
            var have = existingByKey.GetValueOrDefault(group.Key) ?? [];
            var want = group.OrderBy(d => d.Slot).ToList();
            for (var i = 0; i < want.Count; i++)
            {
                var d = want[i];
                if (i < have.Count)
                {
                    var lesson = have[i];
                    matched.Add(lesson.Id);
                    if (Apply(lesson, d))
                    {
                        changed++;
                    }
                    else
                    {
                        // Unchanged lessons leave the change tracker: a save then looks only at what changed (a year
                        // of a school is tens of thousands of lessons).
                        Forget(lesson);
                    }
                }
                else
                {
                    db.Lessons.Add(new Lesson
                    {
                        SchoolId = d.SchoolId, AcademicYearId = yearId, Date = d.Date, Number = d.Number, Slot = d.Slot, Start = d.Start, End = d.End,
                        TeachingAssignmentId = d.AssignmentId, SubjectId = d.SubjectId, SchoolClassId = d.ClassId, StudyGroupId = d.GroupId,
                        TeacherId = d.TeacherId, RoomId = d.RoomId, Change = d.Change, LessonChangeId = d.ChangeId,
                    });
                    added++;
                }
            }
        }

        foreach (var lesson in existing.Where(l => !matched.Contains(l.Id)))
        {
            if (holding.Contains(lesson.Id))
            {
                if (!lesson.NotInTimetable)
                {
                    lesson.NotInTimetable = true;
                    flagged++;
                }
                else
                {
                    Forget(lesson);
                }
            }
            else
            {
                db.Lessons.Remove(lesson);
                deleted++;
            }
        }

        return new Outcome(added, changed, deleted, flagged);
    }

    /// <summary>Stops tracking a lesson this refresh did not change, unless the caller changed it (a topic written before).</summary>
    private void Forget(Lesson lesson)
    {
        var entry = db.Entry(lesson); // detects this lesson's own changes
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Detached;
        }
    }

    private static bool Apply(Lesson lesson, DesiredLesson d)
    {
        var before = (lesson.Number, lesson.Slot, lesson.Start, lesson.End, lesson.TeacherId, lesson.RoomId, lesson.Change, lesson.LessonChangeId, lesson.NotInTimetable);
        lesson.Number = d.Number;
        lesson.Slot = d.Slot;
        lesson.Start = d.Start;
        lesson.End = d.End;
        lesson.TeacherId = d.TeacherId;
        lesson.RoomId = d.RoomId;
        lesson.Change = d.Change;
        lesson.LessonChangeId = d.ChangeId;
        lesson.NotInTimetable = false;
        return before != (lesson.Number, lesson.Slot, lesson.Start, lesson.End, lesson.TeacherId, lesson.RoomId, lesson.Change, lesson.LessonChangeId, lesson.NotInTimetable);
    }

    private sealed record DesiredLesson(
        Guid SchoolId, DateOnly Date, int Slot, int Number, TimeOnly? Start, TimeOnly? End, Guid AssignmentId, Guid SubjectId, Guid? ClassId,
        Guid? GroupId, Guid TeacherId, Guid? RoomId, LessonChangeKind? Change, Guid? ChangeId);

    /// <summary>The lessons the timetable, the calendar, the bells and the changes give for the dates, in memory.</summary>
    private async Task<List<DesiredLesson>> DesiredAsync(Guid yearId, DateOnly yearStart, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var schoolId = db.CurrentSchoolId ?? throw new InvalidOperationException("Lessons are made for the current school.");
        var timetables = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == yearId)
            .OrderBy(t => t.ValidFrom).Select(t => new { t.Id, t.ValidFrom }).ToListAsync(ct);
        var timetableIds = timetables.Select(t => t.Id).ToList();
        var entriesQuery = db.TimetableEntries.AsNoTracking().Where(e => timetableIds.Contains(e.TimetableId));
        var changesQuery = db.LessonChanges.AsNoTracking().Where(c => c.Date >= from && c.Date <= to);
        if (only is not null)
        {
            entriesQuery = entriesQuery.Where(e => only.Contains(e.TeachingAssignmentId));
            changesQuery = changesQuery.Where(c => only.Contains(c.TeachingAssignmentId));
        }

        var entries = await entriesQuery.Select(e => new { e.TimetableId, e.Day, e.Number, e.Weeks, e.TeachingAssignmentId, e.RoomId }).ToListAsync(ct);
        var changes = await changesQuery.ToListAsync(ct);
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == yearId)
            .Select(a => new
            {
                a.Id, a.StaffMemberId, a.SubjectId, a.SchoolClassId, a.StudyGroupId,
                ClassId = a.SchoolClassId ?? a.StudyGroup!.SchoolClassId,
            })
            .ToDictionaryAsync(a => a.Id, ct);
        var classes = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == yearId)
            .ToDictionaryAsync(c => c.Id, c => new { c.Grade, c.Shift }, ct);
        var daysPerWeek = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == yearId)
            .ToDictionaryAsync(g => g.Grade, g => g.DaysPerWeek, ct);
        var calendar = await db.CalendarEntries.AsNoTracking().Where(e => e.AcademicYearId == yearId)
            .Select(e => new CalendarDayEntry(e.Kind, e.Start, e.End, e.Grade, e.TimetableDay)).ToListAsync(ct);
        var yearEnd = await db.AcademicYears.AsNoTracking().Where(y => y.Id == yearId).Select(y => y.End).FirstAsync(ct);
        var bells = await db.Bells.AsNoTracking().ToDictionaryAsync(b => (b.Shift, b.Shortened, b.Number), b => (b.Start, b.End), ct);
        var shortened = (await db.ShortenedDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).Select(d => d.Date).ToListAsync(ct)).ToHashSet();
        var maxDays = daysPerWeek.Values.DefaultIfEmpty(5).Max();

        // A group of several classes has no grade of its own: it follows the whole school's calendar (grade 0 matches no
        // grade-only entry) and the longest week of the school.
        var dayCache = new Dictionary<(int Grade, DateOnly Date), int?>();
        int? TimetableDayOf(int grade, DateOnly date)
        {
            if (!dayCache.TryGetValue((grade, date), out var day))
            {
                var days = grade == 0 ? maxDays : daysPerWeek.GetValueOrDefault(grade, 5);
                day = SchoolDayRule.IsSchoolDay(date, grade, days, yearStart, yearEnd, calendar)
                    ? SchoolDayRule.TimetableDay(date, grade, calendar)
                    : null;
                dayCache[(grade, date)] = day;
            }

            return day;
        }

        (TimeOnly?, TimeOnly?) Times(int shift, DateOnly date, int number)
        {
            if (shortened.Contains(date) && bells.TryGetValue((shift, true, number), out var s))
            {
                return (s.Start, s.End);
            }

            return bells.TryGetValue((shift, false, number), out var b) ? (b.Start, b.End) : (null, null);
        }

        var changesByKey = changes.Where(c => c.Kind != LessonChangeKind.Extra)
            .GroupBy(c => (c.Date, c.TeachingAssignmentId, c.Number)).ToDictionary(g => g.Key, g => g.First());
        var entriesByTimetable = entries.GroupBy(e => e.TimetableId).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<DesiredLesson>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var timetable = timetables.LastOrDefault(t => t.ValidFrom <= date);
            if (timetable is null || !entriesByTimetable.TryGetValue(timetable.Id, out var lines))
            {
                continue;
            }

            foreach (var line in lines)
            {
                if (!assignments.TryGetValue(line.TeachingAssignmentId, out var a) || !ScheduleRules.HoldsOn(line.Weeks, date, yearStart))
                {
                    continue;
                }

                var owner = a.ClassId is { } c && classes.TryGetValue(c, out var cls) ? cls : null;
                if (TimetableDayOf(owner?.Grade ?? 0, date) != line.Day)
                {
                    continue;
                }

                var shift = owner?.Shift ?? 1;
                var number = line.Number;
                var teacher = a.StaffMemberId;
                var room = line.RoomId;
                LessonChangeKind? kind = null;
                Guid? changeId = null;
                if (changesByKey.TryGetValue((date, a.Id, line.Number), out var change))
                {
                    kind = change.Kind;
                    changeId = change.Id;
                    teacher = change.SubstituteId ?? teacher;
                    number = change.NewNumber ?? number;
                    room = change.RoomId ?? room;
                }

                var (start, end) = Times(shift, date, number);
                result.Add(new DesiredLesson(schoolId, date, line.Number, number, start, end, a.Id, a.SubjectId, a.SchoolClassId, a.StudyGroupId,
                    teacher, room, kind, changeId));
            }

            foreach (var extra in changes.Where(c => c.Kind == LessonChangeKind.Extra && c.Date == date))
            {
                if (!assignments.TryGetValue(extra.TeachingAssignmentId, out var a))
                {
                    continue;
                }

                var owner = a.ClassId is { } c && classes.TryGetValue(c, out var cls) ? cls : null;
                var (start, end) = Times(owner?.Shift ?? 1, date, extra.Number);
                result.Add(new DesiredLesson(schoolId, date, extra.Number, extra.Number, start, end, a.Id, a.SubjectId, a.SchoolClassId, a.StudyGroupId,
                    extra.SubstituteId ?? a.StaffMemberId, extra.RoomId, LessonChangeKind.Extra, extra.Id));
            }
        }

        return result;
    }
}
