using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>How rows are matched to what exists: names, phones and classes as keys, and the lookups every kind shares.</summary>
internal static partial class ImportKeys
{
    internal static string NameKey(string last, string first, string? middle) =>
        PersonName.Full(last, first, middle).ToUpperInvariant().Replace('Ё', 'Е');

    internal static string PhoneKey(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());

    internal static string ClassKey(int grade, string letter) => $"{grade}{letter.ToUpperInvariant()}";

    internal static string BornText(DateOnly? date) =>
        date is { } d ? ", " + d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary>«5А», «5 А», «5-а», «10Б» → (5, «А»).</summary>
    internal static (int Grade, string Letter)? ParseClass(string text)
    {
        var match = ClassPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var grade = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return grade is >= 1 and <= 11 ? (grade, match.Groups[2].Value.ToUpperInvariant()) : null;
    }

    [GeneratedRegex(@"^(\d{1,2})\s*-?\s*(\p{L}[\p{L}\d]{0,9})$")]
    private static partial Regex ClassPattern();

    public static async Task<ILookup<string, StaffMember>> StaffByNameAsync(PartaDbContext db, CancellationToken ct) =>
        (await db.StaffMembers.AsNoTracking().ToListAsync(ct)).ToLookup(s => NameKey(s.LastName, s.FirstName, s.MiddleName));
}
