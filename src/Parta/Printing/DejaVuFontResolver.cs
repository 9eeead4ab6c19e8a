using PdfSharp.Fonts;

namespace Parta.Printing;

/// <summary>
/// PDFsharp finds no system fonts on Linux: every PDF of Parta is set in DejaVu Sans (Cyrillic included), read from
/// the files of the fonts-dejavu-core package.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp keeps one resolver for all documents).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DejaVuFontResolver)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(Directory, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The font {path} is missing: PDF documents need DejaVu Sans. Install the fonts-dejavu-core package.", path);
        }

        return File.ReadAllBytes(path);
    }
}
