using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>Удаляет файл домашнего задания (the row, in the history, and its bytes); the journal's write rules apply.</summary>
public sealed class RemoveHomeworkFile(PartaDbContext db, JournalWrite write, HomeworkFileStore store)
{
    public sealed record Request(Guid FileId, string? Reason = null);

    public sealed record FileNotFound() : NotFound("Файл не найден.");

    public async Task<Result<HomeworkFile>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var file = await db.HomeworkFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, ct);
        if (file is null)
        {
            return new FileNotFound();
        }

        var checkedWrite = await write.CheckAsync(file.LessonId, pastOnly: false, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<HomeworkFile>();
        }

        db.HomeworkFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        store.Delete(file.StoredName);
        return file;
    }
}
