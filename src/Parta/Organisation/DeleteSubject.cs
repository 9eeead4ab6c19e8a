using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Deletes a subject made by mistake — only while nobody teaches it and no group is of it; its curriculum hours go with
/// it, each deletion in the audit history.
/// </summary>
public sealed class DeleteSubject(PartaDbContext db)
{
    public sealed record Request(Guid SubjectId);

    public sealed record SubjectNotFound() : NotFound("Предмет не найден.");

    public sealed record Taught(string Name)
        : Conflict($"Предмет «{Name}» удалить нельзя: по нему есть учебная нагрузка. Сначала удалите её.");

    public sealed record HasGroups(string Name) : Conflict($"Предмет «{Name}» удалить нельзя: к нему привязаны группы.");

    public sealed record HasFinalMarks(string Name) : Conflict($"Предмет «{Name}» удалить нельзя: по нему выставлены итоговые отметки.");

    /// <returns>The deleted subject (its name, for the message).</returns>
    public async Task<Result<Subject>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == request.SubjectId, ct);
        if (subject is null)
        {
            return new SubjectNotFound();
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.SubjectId == subject.Id, ct))
        {
            return new Taught(subject.Name);
        }

        if (await db.StudyGroups.AnyAsync(g => g.SubjectId == subject.Id, ct))
        {
            return new HasGroups(subject.Name);
        }

        if (await db.FinalMarks.AnyAsync(m => m.SubjectId == subject.Id, ct))
        {
            return new HasFinalMarks(subject.Name);
        }

        await db.RemoveAllAsync(db.CurriculumLines.Where(l => l.SubjectId == subject.Id), ct);
        db.Subjects.Remove(subject);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : subject;
    }
}
