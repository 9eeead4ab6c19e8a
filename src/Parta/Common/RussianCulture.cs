using System.Globalization;

namespace Parta.Common;

/// <summary>The Russian culture of every page, list and file: numbers, dates and alphabetical order.</summary>
public static class RussianCulture
{
    public static readonly CultureInfo Instance = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Russian alphabetical order, «ё» beside «е», case-insensitive.</summary>
    public static readonly StringComparer Collation = StringComparer.Create(Instance, ignoreCase: true);
}
