namespace Parta.Journal;

/// <summary>The Russian titles of what an attendance code means, as the settings and the reports name them.</summary>
public static class AttendanceKinds
{
    public static string Title(AttendanceKind kind) => kind switch
    {
        AttendanceKind.Excused => "по уважительной причине",
        AttendanceKind.Ill => "по болезни",
        AttendanceKind.Late => "опоздание",
        _ => "без уважительной причины",
    };
}
