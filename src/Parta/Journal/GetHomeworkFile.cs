using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>A homework file to download: its name, type and content.</summary>
public sealed record HomeworkFileContent(string FileName, string ContentType, byte[] Content);

/// <summary>A homework file for anyone who reads the lesson's journal (<see cref="JournalAccess"/>).</summary>
public sealed class GetHomeworkFile(PartaDbContext db, JournalAccess access, HomeworkFileStore store)
{
    public sealed record Request(Guid FileId);

    public async Task<Result<HomeworkFileContent>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var file = await db.HomeworkFiles.AsNoTracking().Where(f => f.Id == request.FileId)
            .Select(f => new { f.FileName, f.ContentType, f.StoredName, f.LessonId }).FirstOrDefaultAsync(ct);
        var assignmentId = file is null ? null
            : await db.Lessons.Where(l => l.Id == file.LessonId).Select(l => (Guid?)l.TeachingAssignmentId).FirstOrDefaultAsync(ct);
        var assignment = assignmentId is { } id ? await access.FindAsync(id, ct) : null;
        if (file is null || assignment is null)
        {
            return new RemoveHomeworkFile.FileNotFound();
        }

        if (await access.RightAsync(assignment, ct) == JournalRight.None)
        {
            return new JournalAccess.NoJournalAccess();
        }

        var content = await store.LoadAsync(file.StoredName, ct);
        return content is null ? new RemoveHomeworkFile.FileNotFound() : new HomeworkFileContent(file.FileName, file.ContentType, content);
    }
}
