using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>What a user may do with one journal (a teaching assignment's).</summary>
public enum JournalRight
{
    None,
    Read,
    Edit,
}

/// <summary>The teaching assignment a journal belongs to, as the journal's rules read it.</summary>
public sealed record JournalAssignment(
    Guid Id, Guid SchoolId, Guid AcademicYearId, Guid TeacherId, Guid SubjectId, string Subject, Guid? SchoolClassId, Guid? StudyGroupId,
    string ClassOrGroup, MarkScale Scale, int? Grade);

/// <summary>
/// The resource rule of journals. A teacher edits the journals of their own teaching assignments (journal.edit.own) and
/// the lessons they substitute; a class teacher reads every journal of the class (journal.view.class); coordinator,
/// director and deputies read all (journal.view.all). Students and parents never see a journal (they have the diary).
/// Another school's assignment is not found at all (the school query filter).
/// </summary>
public sealed class JournalAccess(PartaDbContext db, CurrentUser user, PermissionResolver permissions)
{
    public sealed record JournalNotFound() : NotFound("Журнал не найден.");

    public sealed record NotYourJournal() : Forbidden("Этот журнал ведёт другой учитель: вы можете его только просматривать.");

    public sealed record NoJournalAccess() : Forbidden("У вас нет доступа к этому журналу.");

    private IReadOnlyList<Guid>? _staffIds;
    private EffectivePermissions? _permissions;

    /// <summary>The staff cards of the signed-in account (a person may hold several), read once per request.</summary>
    public async Task<IReadOnlyList<Guid>> StaffIdsAsync(CancellationToken ct = default) =>
        _staffIds ??= await Scheduling.GetMyDay.StaffOfAsync(db, user, ct);

    public async Task<EffectivePermissions> PermissionsAsync(CancellationToken ct = default) =>
        _permissions ??= await permissions.GetAsync(ct);

    public async Task<JournalAssignment?> FindAsync(Guid assignmentId, CancellationToken ct = default)
    {
        var row = await db.TeachingAssignments.AsNoTracking().Where(a => a.Id == assignmentId)
            .Select(a => new
            {
                a.Id, a.SchoolId, a.AcademicYearId, a.StaffMemberId, a.SubjectId, Subject = a.Subject!.Name, a.Subject.Scale, a.SchoolClassId, a.StudyGroupId,
                ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter,
                GroupName = a.StudyGroup!.Name, GroupGrade = (int?)a.StudyGroup.SchoolClass!.Grade,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var name = row.ClassGrade is { } grade ? SchoolClass.NameOf(grade, row.ClassLetter) : row.GroupName;
        return new JournalAssignment(row.Id, row.SchoolId, row.AcademicYearId, row.StaffMemberId, row.SubjectId, row.Subject, row.SchoolClassId,
            row.StudyGroupId, name, row.Scale, row.ClassGrade ?? row.GroupGrade);
    }

    /// <summary>The user's right on the assignment's journal as a whole (a substitute's right is per lesson: <see cref="MayWrite"/>).</summary>
    public async Task<JournalRight> RightAsync(JournalAssignment assignment, CancellationToken ct = default)
    {
        var granted = await PermissionsAsync(ct);
        var staffIds = await StaffIdsAsync(ct);
        if (granted.Has(Permissions.JournalEditOwn) && staffIds.Contains(assignment.TeacherId))
        {
            return JournalRight.Edit;
        }

        if (granted.Has(Permissions.JournalViewAll))
        {
            return JournalRight.Read;
        }

        if (granted.Has(Permissions.JournalViewClass) && staffIds.Count > 0 && await LeadsClassOfAsync(assignment, staffIds, ct))
        {
            return JournalRight.Read;
        }

        // A substitute reads the journal of the lessons they were given.
        if (granted.Has(Permissions.JournalEditOwn) && staffIds.Count > 0
            && await db.Lessons.AnyAsync(l => l.TeachingAssignmentId == assignment.Id && staffIds.Contains(l.TeacherId), ct))
        {
            return JournalRight.Read;
        }

        return JournalRight.None;
    }

    /// <summary>
    /// The one rule of who writes into a lesson (the write check, the grid and the lesson panel all ask it): in an open
    /// period the assignment's teacher or the lesson's substitute, with journal.edit.own; in a closed period only someone
    /// with journal.edit.closed (and a reason, which <see cref="JournalWrite"/> asks for).
    /// </summary>
    public static bool MayWrite(
        EffectivePermissions granted, IReadOnlyList<Guid> staffIds, JournalAssignment assignment, Guid lessonTeacherId, bool periodClosed) =>
        periodClosed
            ? granted.Has(Permissions.JournalEditClosed)
            : granted.Has(Permissions.JournalEditOwn) && (staffIds.Contains(assignment.TeacherId) || staffIds.Contains(lessonTeacherId));

    /// <inheritdoc cref="MayWrite"/>
    public async Task<bool> MayWriteAsync(JournalAssignment assignment, Guid lessonTeacherId, bool periodClosed, CancellationToken ct = default) =>
        MayWrite(await PermissionsAsync(ct), await StaffIdsAsync(ct), assignment, lessonTeacherId, periodClosed);

    /// <summary>A class teacher's class: the assignment's class, or for a group the group's class or a class of its members.</summary>
    private async Task<bool> LeadsClassOfAsync(JournalAssignment assignment, IReadOnlyList<Guid> staffIds, CancellationToken ct)
    {
        var led = db.SchoolClasses.Where(c => c.ClassTeacherId != null && staffIds.Contains(c.ClassTeacherId.Value)).Select(c => c.Id);
        if (assignment.SchoolClassId is { } classId)
        {
            return await led.ContainsAsync(classId, ct);
        }

        return await db.StudyGroups.AnyAsync(g => g.Id == assignment.StudyGroupId && g.SchoolClassId != null && led.Contains(g.SchoolClassId.Value), ct)
            || await db.StudyGroupMembers.Where(m => m.StudyGroupId == assignment.StudyGroupId)
                .Join(db.ClassEnrolments, m => m.StudentId, e => e.StudentId, (m, e) => e.SchoolClassId)
                .AnyAsync(c => led.Contains(c), ct);
    }
}
