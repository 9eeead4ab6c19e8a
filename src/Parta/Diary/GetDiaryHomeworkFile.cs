using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Journal;
using Parta.Scheduling;

namespace Parta.Diary;

/// <summary>
/// A homework file for the diary: anyone who may open the student's diary (<see cref="DiaryAccess"/>) downloads the files
/// of the student's own lessons; any other file is «not found». Staff download from the journal (<see cref="GetHomeworkFile"/>).
/// </summary>
public sealed class GetDiaryHomeworkFile(PartaDbContext db, DiaryAccess access, HomeworkFileStore store)
{
    public sealed record Request(Guid StudentId, Guid FileId);

    public async Task<Result<HomeworkFileContent>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(request.StudentId, ct);
        if (!opened.Succeeded)
        {
            return opened.Cast<HomeworkFileContent>();
        }

        var file = await (from l in LessonRows.Whose(db, LessonsOf.Student, request.StudentId)
                          join f in db.HomeworkFiles on l.Id equals f.LessonId
                          where f.Id == request.FileId
                          select new { f.FileName, f.ContentType, f.StoredName }).AsNoTracking().FirstOrDefaultAsync(ct);
        var content = file is null ? null : await store.LoadAsync(file.StoredName, ct);
        return file is null || content is null
            ? new RemoveHomeworkFile.FileNotFound()
            : new HomeworkFileContent(file.FileName, file.ContentType, content);
    }
}
