using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A teacher who could take a lesson, and how well they fit.</summary>
/// <param name="SameSubject">Teaches the lesson's subject this year.</param>
/// <param name="BusyWith">The lesson that keeps them busy at that time (none: free).</param>
public sealed record SubstituteChoice(Guid StaffId, string Name, bool SameSubject, string? BusyWith)
{
    public bool Free => BusyWith is null;
}

/// <summary>
/// Who could substitute a lesson: the teachers of the year (those with a teaching load), free ones first — those who teach
/// the same subject, then the rest, by name — and busy ones last with the lesson that keeps them busy (the day's changes
/// counted). The lesson's own teachers are left out.
/// </summary>
public sealed class SuggestSubstitutes(PartaDbContext db)
{
    public sealed record Request(Guid LessonId);

    public sealed record LessonNotFound() : NotFound("Урок не найден.");

    public async Task<Result<IReadOnlyList<SubstituteChoice>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LessonId, ct);
        if (lesson is null)
        {
            return new LessonNotFound();
        }

        var day = await DayLessons.LoadAsync(db, db.Lessons.Where(l => l.Date == lesson.Date), ct);
        var own = await db.TeachingAssignments.AsNoTracking().Where(a => a.Id == lesson.TeachingAssignmentId).Select(a => a.StaffMemberId).FirstAsync(ct);
        var teachers = await db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == lesson.AcademicYearId)
            .Select(a => new { a.StaffMemberId, a.SubjectId }).ToListAsync(ct);
        var sameSubject = teachers.Where(t => t.SubjectId == lesson.SubjectId).Select(t => t.StaffMemberId).ToHashSet();
        var ids = teachers.Select(t => t.StaffMemberId).Distinct().Where(id => id != own && id != lesson.TeacherId).ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);

        IReadOnlyList<SubstituteChoice> choices = staff
            .Select(s => new SubstituteChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName), sameSubject.Contains(s.Id),
                DayLessons.Clash(day, lesson.Id, lesson.Number, lesson.Start, lesson.End, teacherId: s.Id)?.Describe()))
            .OrderBy(c => c.Free ? 0 : 1).ThenBy(c => c.SameSubject ? 0 : 1).ThenBy(c => c.Name, RussianCulture.Collation)
            .ToList();
        return Result.Ok(choices);
    }
}
