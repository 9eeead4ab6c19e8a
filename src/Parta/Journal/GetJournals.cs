using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>A journal in the list: a teaching assignment of the year, and whether the user writes into it.</summary>
public sealed record JournalListItem(Guid AssignmentId, string ClassOrGroup, Guid? ClassId, string Subject, string Teacher, JournalRight Right);

/// <summary>The journals a user opens: their own, their class's (class teacher), the school's (administration), by class.</summary>
public sealed record JournalList(
    string? Year, IReadOnlyList<JournalListItem> Own, IReadOnlyList<JournalListItem> Others, bool SeesAll,
    IReadOnlyList<(Guid Id, string Name)> Classes, Guid? ClassId);

/// <summary>
/// «Журналы»: for a teacher the journals of their teaching assignments of the current year; for a class teacher also
/// every journal of the class (to read); with journal.view.all every journal of the school, filterable by class.
/// </summary>
public sealed class GetJournals(PartaDbContext db, JournalAccess access, TimeProvider time)
{
    public sealed record Request(Guid? ClassId = null);

    public async Task<Result<JournalList>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var granted = await access.PermissionsAsync(ct);
        if (!granted.Has(Permissions.JournalEditOwn) && !granted.Has(Permissions.JournalViewClass) && !granted.Has(Permissions.JournalViewAll))
        {
            return new JournalAccess.NoJournalAccess();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new JournalList(null, [], [], false, [], null);
        }

        var staffIds = await access.StaffIdsAsync(ct);
        var seesAll = granted.Has(Permissions.JournalViewAll);
        var ledClasses = granted.Has(Permissions.JournalViewClass)
            ? await db.SchoolClasses.AsNoTracking()
                .Where(c => c.AcademicYearId == year.Id && c.ClassTeacherId != null && staffIds.Contains(c.ClassTeacherId.Value))
                .Select(c => c.Id).ToListAsync(ct)
            : [];

        var query = db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == year.Id);
        if (!seesAll)
        {
            query = query.Where(a => staffIds.Contains(a.StaffMemberId)
                || (a.SchoolClassId != null && ledClasses.Contains(a.SchoolClassId.Value))
                || (a.StudyGroup!.SchoolClassId != null && ledClasses.Contains(a.StudyGroup.SchoolClassId.Value)));
        }
        else if (request.ClassId is { } classId)
        {
            query = query.Where(a => staffIds.Contains(a.StaffMemberId) || a.SchoolClassId == classId || a.StudyGroup!.SchoolClassId == classId);
        }

        var rows = await query.Select(a => new
        {
            a.Id, a.StaffMemberId, Subject = a.Subject!.Name, ClassId = a.SchoolClassId ?? a.StudyGroup!.SchoolClassId,
            ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter, GroupName = a.StudyGroup!.Name,
            a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
        }).ToListAsync(ct);

        var mayEdit = granted.Has(Permissions.JournalEditOwn);
        var items = rows.Select(r => new JournalListItem(
                r.Id, r.ClassGrade is { } g ? SchoolClass.NameOf(g, r.ClassLetter) : r.GroupName, r.ClassId, r.Subject,
                PersonName.Full(r.LastName, r.FirstName, r.MiddleName),
                mayEdit && staffIds.Contains(r.StaffMemberId) ? JournalRight.Edit : JournalRight.Read))
            .OrderBy(i => i.ClassOrGroup, ClassOrder.Instance).ThenBy(i => i.Subject, RussianCulture.Collation)
            .ToList();
        var own = items.Where(i => i.Right == JournalRight.Edit).ToList();
        var others = items.Where(i => i.Right != JournalRight.Edit && (request.ClassId is null || i.ClassId == request.ClassId)).ToList();

        IReadOnlyList<(Guid, string)> classes = [];
        if (seesAll)
        {
            classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id)
                    .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct))
                .Select(c => (c.Id, SchoolClass.NameOf(c.Grade, c.Letter))).OrderBy(c => c.Item2, ClassOrder.Instance).ToList();
        }

        return new JournalList(year.Name, own, others, seesAll, classes, request.ClassId);
    }
}
