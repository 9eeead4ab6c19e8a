namespace Parta.Common;

/// <summary>
/// Someone saved the record after this form was opened: the save is refused, and the values saved meanwhile are shown
/// beside the user's own (by request field), so that nothing is lost either way.
/// </summary>
public sealed record StaleRecord(uint CurrentVersion, IReadOnlyDictionary<string, string> Current)
    : Conflict("Запись уже изменил другой пользователь. Рядом с полями показано, что сохранено сейчас; проверьте и сохраните ещё раз.")
{
    public const string Title = "Запись уже изменил другой пользователь";
}
