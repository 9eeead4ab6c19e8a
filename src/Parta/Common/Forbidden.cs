namespace Parta.Common;

public record Forbidden(string Message = "Недостаточно прав.") : Error(Message)
{
    public override ErrorKind Kind => ErrorKind.Forbidden;
}
