using System.Globalization;

namespace Parta.Organisation;

/// <summary>A time zone of Russia as a person names it: the city it is known by and its offset from UTC.</summary>
public sealed record RussianTimeZone(string Id, string City, int UtcOffsetHours)
{
    /// <summary>«Москва (UTC+3)».</summary>
    public string Title => $"{City} (UTC+{UtcOffsetHours.ToString(CultureInfo.InvariantCulture)})";
}

/// <summary>
/// The time zones a school may be in: every IANA zone of Russia, west to east, with its Russian name. The one list the
/// school form offers, <see cref="SaveSchool"/> accepts and the pages name a school's zone by. The offsets are those in
/// force since 2020 (Russia keeps no summer time); a test holds them to the system's time zone data.
/// </summary>
public static class RussianTimeZones
{
    public static readonly IReadOnlyList<RussianTimeZone> All =
    [
        new("Europe/Kaliningrad", "Калининград", 2),
        new("Europe/Moscow", "Москва", 3),
        new("Europe/Kirov", "Киров", 3),
        new("Europe/Volgograd", "Волгоград", 3),
        new("Europe/Samara", "Самара", 4),
        new("Europe/Astrakhan", "Астрахань", 4),
        new("Europe/Saratov", "Саратов", 4),
        new("Europe/Ulyanovsk", "Ульяновск", 4),
        new("Asia/Yekaterinburg", "Екатеринбург", 5),
        new("Asia/Omsk", "Омск", 6),
        new("Asia/Krasnoyarsk", "Красноярск", 7),
        new("Asia/Novosibirsk", "Новосибирск", 7),
        new("Asia/Barnaul", "Барнаул", 7),
        new("Asia/Tomsk", "Томск", 7),
        new("Asia/Novokuznetsk", "Новокузнецк", 7),
        new("Asia/Irkutsk", "Иркутск", 8),
        new("Asia/Yakutsk", "Якутск", 9),
        new("Asia/Chita", "Чита", 9),
        new("Asia/Khandyga", "Хандыга", 9),
        new("Asia/Vladivostok", "Владивосток", 10),
        new("Asia/Ust-Nera", "Усть-Нера", 10),
        new("Asia/Magadan", "Магадан", 11),
        new("Asia/Sakhalin", "Сахалин", 11),
        new("Asia/Srednekolymsk", "Среднеколымск", 11),
        new("Asia/Kamchatka", "Камчатка", 12),
        new("Asia/Anadyr", "Анадырь", 12),
    ];

    public static bool Contains(string? id) => All.Any(z => z.Id == id);

    /// <summary>The zone's Russian title; a zone not in the list (set before it was kept to it) shows its id.</summary>
    public static string Title(string? id) => All.FirstOrDefault(z => z.Id == id)?.Title ?? id ?? "";
}
