namespace Parta.Journal;

/// <summary>
/// The bytes of homework files, in the data directory under <c>homework/</c>, each under a random name (the row keeps the
/// user's file name): a name from a user never becomes a path.
/// </summary>
public sealed class HomeworkFileStore(string dataDirectory)
{
    private string Folder => Path.Combine(dataDirectory, "homework");

    public static string NewName(string extension) => $"{Guid.NewGuid():N}{extension}";

    public async Task SaveAsync(string storedName, byte[] content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathFor(storedName), content, ct);
    }

    /// <returns>The file's content, or null when it is gone.</returns>
    public async Task<byte[]?> LoadAsync(string storedName, CancellationToken ct = default)
    {
        var path = PathFor(storedName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    public void Delete(string storedName) => File.Delete(PathFor(storedName));

    private string PathFor(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));
}

/// <summary>Which homework files are accepted: by the extension and, where the format has a signature, by the content.</summary>
public static class HomeworkFileKinds
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Extension → content type and the signature the content starts with (null: plain text, no NUL bytes).</summary>
    private static readonly Dictionary<string, (string ContentType, byte[]? Signature)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".doc"] = ("application/msword", Ole),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".ppt"] = ("application/vnd.ms-powerpoint", Ole),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Zip),
        [".txt"] = ("text/plain", null),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".png"] = ("image/png", Png),
    };

    public const string Accepted = "pdf, doc, docx, xls, xlsx, ppt, pptx, odt, txt, jpg, png";

    public const string AcceptAttribute = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.txt,.jpg,.jpeg,.png";

    /// <returns>The content type of an accepted file, or null when its extension or content is not one we take.</returns>
    public static string? ContentTypeOf(string fileName, ReadOnlySpan<byte> content)
    {
        if (!Kinds.TryGetValue(Path.GetExtension(fileName), out var kind))
        {
            return null;
        }

        var fits = kind.Signature is { } signature ? content.StartsWith(signature) : !content[..Math.Min(content.Length, 8192)].Contains((byte)0);
        return fits ? kind.ContentType : null;
    }
}
