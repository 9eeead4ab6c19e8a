namespace Parta.Common;

public record Conflict(string Message, string? Field = null) : Error(Message, Field)
{
    public override ErrorKind Kind => ErrorKind.Conflict;
}
