using System.Globalization;

namespace Parta.Web.Security;

public static class RussianCulture
{
    public static readonly CultureInfo Instance = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Russian alphabetical order, «ё» beside «е», case-insensitive.</summary>
    public static readonly StringComparer Collation = Parta.People.RussianOrder.Collation;
}
