namespace Parta.Common;

public record Invalid(string Message, string? Field = null) : Error(Message, Field)
{
    public override ErrorKind Kind => ErrorKind.Invalid;
}

/// <summary>Not found. With a <see cref="Error.Field"/> it is a choice in a form that no longer exists (shown next to it on a page).</summary>
