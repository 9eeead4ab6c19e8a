namespace Parta.Importing;

/// <summary>
/// Keeps an uploaded file between the preview and «Применить» without server memory: in
/// <c>&lt;data directory&gt;/imports/&lt;school&gt;-&lt;token&gt;.&lt;ext&gt;</c>. The school id in the name means a token
/// works only in the school that uploaded it; the file is deleted after a successful apply, and files older than a
/// day are removed at the next upload.
/// </summary>
public sealed class ImportFileStore(string dataDirectory, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(dataDirectory, "imports");

    public async Task<Guid> SaveAsync(Guid schoolId, string fileName, byte[] content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        RemoveOld();
        var token = Guid.NewGuid();
        await File.WriteAllBytesAsync(PathFor(schoolId, token, Extension(fileName)), content, ct);
        return token;
    }

    /// <returns>The file's name (for its type) and content, or <c>null</c> when it is gone or of another school.</returns>
    public async Task<(string FileName, byte[] Content)?> LoadAsync(Guid schoolId, Guid token, CancellationToken ct = default)
    {
        foreach (var extension in new[] { "xlsx", "csv" })
        {
            var path = PathFor(schoolId, token, extension);
            if (File.Exists(path))
            {
                return ($"upload.{extension}", await File.ReadAllBytesAsync(path, ct));
            }
        }

        return null;
    }

    public void Delete(Guid schoolId, Guid token)
    {
        File.Delete(PathFor(schoolId, token, "xlsx"));
        File.Delete(PathFor(schoolId, token, "csv"));
    }

    private string PathFor(Guid schoolId, Guid token, string extension) => Path.Combine(Folder, $"{schoolId:N}-{token:N}.{extension}");

    private static string Extension(string fileName) => SpreadsheetFile.IsXlsxName(fileName) ? "xlsx" : "csv";

    private void RemoveOld()
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            if (time.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(file) > KeepFor)
            {
                File.Delete(file);
            }
        }
    }
}
