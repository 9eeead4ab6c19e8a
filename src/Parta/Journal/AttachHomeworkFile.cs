using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Прикрепляет файл к домашнему заданию урока: at most <see cref="JournalRules.MaxFileBytes"/>, of the kinds in
/// <see cref="HomeworkFileKinds"/> (the extension and the content must agree), at most
/// <see cref="JournalRules.MaxFilesPerLesson"/> per lesson. The journal's write rules apply (<see cref="JournalWrite"/>).
/// </summary>
public sealed class AttachHomeworkFile(PartaDbContext db, JournalWrite write, HomeworkFileStore store, TimeProvider time)
{
    /// <param name="Size">The uploaded size: a file over the limit is refused without its content being read.</param>
    public sealed record Request(Guid LessonId, string FileName, long Size, byte[] Content, string? Reason = null);

    public sealed record FileTooBig()
        : Invalid($"Файл больше {JournalRules.MaxFileBytes / 1024 / 1024} МБ: уменьшите его или разделите на части.", "File");

    public sealed record FileEmpty() : Invalid("Выберите файл.", "File");

    public sealed record WrongFileType()
        : Invalid($"Такой файл прикрепить нельзя. Принимаются: {HomeworkFileKinds.Accepted} (и содержимое должно соответствовать расширению).", "File");

    public sealed record TooManyFiles()
        : Invalid($"К уроку уже прикреплено {JournalRules.MaxFilesPerLesson} файлов: больше нельзя.", "File");

    public async Task<Result<HomeworkFile>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (request.Size > JournalRules.MaxFileBytes || request.Content.Length > JournalRules.MaxFileBytes)
        {
            return new FileTooBig();
        }

        if (request.Content.Length == 0)
        {
            return new FileEmpty();
        }

        var name = Path.GetFileName(request.FileName.Trim());
        if (name.Length > JournalRules.FileNameLength)
        {
            name = name[^JournalRules.FileNameLength..];
        }

        var contentType = HomeworkFileKinds.ContentTypeOf(name, request.Content);
        if (contentType is null)
        {
            return new WrongFileType();
        }

        var checkedWrite = await write.CheckAsync(request.LessonId, pastOnly: false, request.Reason, ct);
        if (!checkedWrite.Succeeded)
        {
            return checkedWrite.Cast<HomeworkFile>();
        }

        if (await db.HomeworkFiles.CountAsync(f => f.LessonId == request.LessonId, ct) >= JournalRules.MaxFilesPerLesson)
        {
            return new TooManyFiles();
        }

        var file = new HomeworkFile
        {
            SchoolId = checkedWrite.Value.Lesson.SchoolId, LessonId = request.LessonId, FileName = name, ContentType = contentType,
            Size = request.Content.Length, StoredName = HomeworkFileStore.NewName(Path.GetExtension(name).ToLowerInvariant()),
            UploadedAt = time.GetUtcNow().UtcDateTime,
        };
        await store.SaveAsync(file.StoredName, request.Content, ct);
        db.HomeworkFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file;
    }
}
