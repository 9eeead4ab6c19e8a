namespace Parta.Common;

/// <summary>The value of a use case that has nothing to return but success.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
