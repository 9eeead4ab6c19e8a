using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Records a change of one date (замена) and makes that day's lessons of the assignment again: another teacher for a
/// lesson (with why), a cancelled lesson, a lesson moved to another number or room, or an extra lesson the timetable
/// does not have. Nobody is put in two places at once: a busy teacher, room, class or group is refused, naming the lesson
/// that holds them. Dates of the current school year only (a substitution entered late, for a past day, is fine).
/// A second change of the same lesson is kept in its one change (moved and substituted, say); undoing it is
/// <see cref="RemoveLessonChange"/>.
/// </summary>
public sealed class RecordLessonChange(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, SchoolCalendar calendar, TimeProvider time)
{
    /// <param name="LessonId">The dated lesson changed (all kinds but <see cref="LessonChangeKind.Extra"/>).</param>
    /// <param name="SubstituteId">The teacher who gives the lesson instead (a substitution; may be given for an extra lesson).</param>
    /// <param name="NewNumber">The lesson number it moves to (a move; none: the same number).</param>
    /// <param name="RoomId">The room it moves to (a move or an extra lesson).</param>
    /// <param name="AssignmentId">An extra lesson: whose (class or group, subject, teacher).</param>
    /// <param name="Date">An extra lesson: on which date.</param>
    /// <param name="Number">An extra lesson: its number.</param>
    public sealed record Request(
        LessonChangeKind Kind, Guid? LessonId = null, string? Reason = null, Guid? SubstituteId = null, int? NewNumber = null, Guid? RoomId = null,
        Guid? AssignmentId = null, DateOnly? Date = null, int? Number = null);

    public sealed record LessonNotFound() : NotFound("Урок не найден.");

    public sealed record AssignmentNotFound() : Invalid("Выберите класс или группу с предметом из учебной нагрузки.", nameof(Request.AssignmentId));

    public sealed record NoYear() : Conflict("В школе нет текущего учебного года.");

    public sealed record OutsideTheYear(DateOnly Start, DateOnly End)
        : Invalid($"Изменения вносятся только на дни текущего учебного года ({RussianDate.Show(Start, End)}).", nameof(Request.Date));

    public sealed record SubstituteNotFound() : Invalid("Выберите учителя, который проведёт урок.", nameof(Request.SubstituteId));

    public sealed record SameTeacher() : Invalid("Этот учитель и так ведёт урок: выберите другого.", nameof(Request.SubstituteId));

    public sealed record TeacherBusy(string Teacher, string Lesson)
        : Conflict($"{Teacher} в это время занят(а): {Lesson}.", nameof(Request.SubstituteId));

    public sealed record RoomNotFound() : Invalid("Выберите кабинет из списка.", nameof(Request.RoomId));

    public sealed record RoomBusy(string Room, string Lesson) : Conflict($"Кабинет {Room} в это время занят: {Lesson}.", nameof(Request.RoomId));

    public sealed record StudentsBusy(string Whose, string Lesson) : Conflict($"У {Whose} в это время другой урок: {Lesson}.", nameof(Request.NewNumber));

    public sealed record NothingMoved() : Invalid("Укажите другой номер урока или другой кабинет.", nameof(Request.NewNumber));

    public sealed record CannotMoveExtra()
        : Invalid("Дополнительный урок не переносят: отмените его и добавьте заново на другое время.", nameof(Request.NewNumber));

    public sealed record NotASchoolDay(DateOnly Date, string Whose)
        : Conflict($"{RussianDate.Show(Date)} у {Whose} не учебный день: дополнительный урок поставить нельзя.", nameof(Request.Date));

    public async Task<Result<LessonChange>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var kind = checks.Defined<LessonChangeKind>(request.Kind, nameof(Request.Kind), "Вид изменения");
        var reasonRequired = kind is LessonChangeKind.Substitution or LessonChangeKind.Cancelled;
        var reason = checks.Text(request.Reason, nameof(Request.Reason), "Причина", ScheduleRules.ReasonLength, required: reasonRequired);
        if (checks.Failed)
        {
            return checks.Refusal<LessonChange>();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new NoYear();
        }

        // The lesson changed, or the extra lesson as it would be.
        Lesson? lesson = null;
        Guid assignmentId;
        DateOnly date;
        if (kind == LessonChangeKind.Extra)
        {
            if (request.AssignmentId is not { } a || !await db.TeachingAssignments.AnyAsync(x => x.Id == a && x.AcademicYearId == year.Id, ct))
            {
                checks.Add(new AssignmentNotFound());
            }

            checks.Date(request.Date, nameof(Request.Date), "Дата", new DateWindow(year.Start, year.End), required: true);
            checks.Number(request.Number, nameof(Request.Number), "Номер урока", 0, ScheduleRules.MaxLessonNumber, required: true);
            if (checks.Failed)
            {
                return checks.Refusal<LessonChange>();
            }

            (assignmentId, date) = (request.AssignmentId!.Value, request.Date!.Value);
        }
        else
        {
            lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LessonId, ct);
            if (lesson is null)
            {
                return new LessonNotFound();
            }

            if (!year.Contains(lesson.Date))
            {
                return new OutsideTheYear(year.Start, year.End);
            }

            (assignmentId, date) = (lesson.TeachingAssignmentId, lesson.Date);
        }

        var day = await DayLessons.LoadAsync(db, db.Lessons.Where(l => l.Date == date), ct);
        var assignment = await db.TeachingAssignments.AsNoTracking().Where(a => a.Id == assignmentId)
            .Select(a => new { a.StaffMemberId, a.SchoolClassId, a.StudyGroupId, GroupClassId = a.StudyGroup!.SchoolClassId }).FirstAsync(ct);
        var ownerClassId = assignment.SchoolClassId ?? assignment.GroupClassId;
        var owner = ownerClassId is { } oc
            ? await db.SchoolClasses.AsNoTracking().Where(c => c.Id == oc).Select(c => new { c.Grade, c.Letter, c.Shift }).FirstOrDefaultAsync(ct)
            : null;
        var whose = (lesson is null ? null : day.FirstOrDefault(l => l.Id == lesson.Id)?.Whose)
            ?? (owner is null ? "группы" : SchoolClass.NameOf(owner.Grade, owner.Letter));
        var students = (assignment.SchoolClassId, assignment.StudyGroupId, ownerClassId);
        var existing = await db.LessonChanges.FirstOrDefaultAsync(
            c => c.TeachingAssignmentId == assignmentId && c.Date == date && c.Number == (lesson == null ? request.Number!.Value : lesson.Slot), ct);

        // Where and when the lesson will be, to find who is busy then.
        var number = lesson?.Number ?? request.Number!.Value;
        var roomId = lesson?.RoomId;
        Guid? substitute = lesson?.TeacherId;
        switch (kind)
        {
            case LessonChangeKind.Substitution:
                if (request.SubstituteId is not { } s || !await db.StaffMembers.AnyAsync(x => x.Id == s, ct))
                {
                    return new SubstituteNotFound();
                }

                if (s == assignment.StaffMemberId && existing?.SubstituteId is null)
                {
                    return new SameTeacher();
                }

                substitute = s;
                break;
            case LessonChangeKind.Moved:
                if (existing?.Kind == LessonChangeKind.Extra)
                {
                    return new CannotMoveExtra();
                }

                var newNumber = checks.Number(request.NewNumber, nameof(Request.NewNumber), "Номер урока", 0, ScheduleRules.MaxLessonNumber);
                if (checks.Failed)
                {
                    return checks.Refusal<LessonChange>();
                }

                if ((newNumber ?? number) == number && (request.RoomId ?? roomId) == roomId)
                {
                    return new NothingMoved();
                }

                number = newNumber ?? number;
                roomId = request.RoomId ?? roomId;
                break;
            case LessonChangeKind.Extra:
                roomId = request.RoomId;
                substitute = request.SubstituteId ?? assignment.StaffMemberId;
                if (request.SubstituteId is { } es && !await db.StaffMembers.AnyAsync(x => x.Id == es, ct))
                {
                    return new SubstituteNotFound();
                }

                if (owner is not null && !await calendar.IsSchoolDayAsync(owner.Grade, date, ct))
                {
                    return new NotASchoolDay(date, whose);
                }

                break;
        }

        if (request.RoomId is { } rid && !await db.Rooms.AnyAsync(r => r.Id == rid, ct))
        {
            return new RoomNotFound();
        }

        if (kind != LessonChangeKind.Cancelled)
        {
            var (start, end) = await BellTimesAsync(owner?.Shift ?? 1, date, number, ct);
            if (substitute is { } t && DayLessons.Clash(day, lesson?.Id, number, start, end, teacherId: t) is { } busy)
            {
                return new TeacherBusy(busy.Teacher, busy.Describe());
            }

            if (roomId is { } r && DayLessons.Clash(day, lesson?.Id, number, start, end, roomId: r) is { } taken)
            {
                return new RoomBusy(taken.Room ?? "", taken.Describe());
            }

            if (DayLessons.Clash(day, lesson?.Id, number, start, end, students: students) is { } other)
            {
                return new StudentsBusy(whose, other.Describe());
            }
        }

        var change = existing;
        if (change is null)
        {
            change = new LessonChange
            {
                SchoolId = currentUser.SchoolId!.Value, Date = date, TeachingAssignmentId = assignmentId,
                Number = lesson?.Slot ?? request.Number!.Value,
            };
            db.LessonChanges.Add(change);
        }

        // One change per lesson: a later one adds to it (a moved lesson may then get a substitute), cancelling clears it.
        change.Reason = reason ?? change.Reason;
        switch (kind)
        {
            case LessonChangeKind.Substitution:
                change.SubstituteId = substitute == assignment.StaffMemberId ? null : substitute;
                change.Kind = change.Kind == LessonChangeKind.Extra ? LessonChangeKind.Extra : LessonChangeKind.Substitution;
                break;
            case LessonChangeKind.Cancelled:
                change.Kind = LessonChangeKind.Cancelled;
                (change.SubstituteId, change.NewNumber, change.RoomId) = (null, null, null);
                break;
            case LessonChangeKind.Moved:
                change.Kind = LessonChangeKind.Moved;
                change.NewNumber = number == change.Number ? null : number;
                change.RoomId = roomId;
                break;
            default:
                change.Kind = LessonChangeKind.Extra;
                change.SubstituteId = substitute == assignment.StaffMemberId ? null : substitute;
                change.RoomId = roomId;
                break;
        }

        var affected = new RefreshLessons.Request(date, date, [assignmentId]);
        return await LessonsFollow.SaveAsync(db, refresh, affected, ct) is { } conflict ? conflict : change;
    }

    /// <summary>When lesson <paramref name="number"/> of a shift is on a date (shortened bells on a shortened day).</summary>
    private async Task<(TimeOnly? Start, TimeOnly? End)> BellTimesAsync(int shift, DateOnly date, int number, CancellationToken ct)
    {
        var shortened = await db.ShortenedDays.AnyAsync(d => d.Date == date, ct);
        var bells = await db.Bells.AsNoTracking().Where(b => b.Shift == shift && b.Number == number).ToListAsync(ct);
        var bell = bells.FirstOrDefault(b => b.Shortened == shortened) ?? bells.FirstOrDefault(b => !b.Shortened);
        return bell is null ? (null, null) : (bell.Start, bell.End);
    }
}
