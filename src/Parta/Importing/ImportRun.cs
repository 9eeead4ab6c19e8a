using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>One import's file, its errors and its tallies, with the cell readers that report errors by row and column.</summary>
internal sealed class ImportRun(ImportKind kind, SpreadsheetTable table)
{
    private readonly Dictionary<string, int> _columns = IndexColumns(table.Headers);

    public ImportKind Kind { get; } = kind;
    public SpreadsheetTable Table { get; } = table;
    public List<ImportError> Errors { get; } = [];
    public List<ImportTally> Tallies { get; } = [];
    public List<(int Row, string Title, object Entity)> Lines { get; } = [];

    /// <summary>Whether the file is being applied (not only previewed): the notes speak in the past or the future.</summary>
    public bool Applying { get; init; }

    /// <remarks>Shown only when the file has no errors.</remarks>
    public List<string> Notes { get; } = [];

    /// <remarks>Shown only when the file has no errors.</remarks>
    public List<string> Warnings { get; } = [];

    public int ColumnIndex(string header) => _columns.TryGetValue(HeaderKey(header), out var i) ? i : -1;

    public ImportTally Tally(string what)
    {
        var tally = new ImportTally(what);
        Tallies.Add(tally);
        return tally;
    }

    public void Line(SpreadsheetRow row, string title, object entity) => Lines.Add((row.Number, title, entity));

    public void Error(SpreadsheetRow row, string column, string message) => Errors.Add(new ImportError(row.Number, column, message));

    /// <summary>
    /// The refusals of a card's rule (the one the card's form and the API use too), in its own words, each under the
    /// column its field was read from; a cell that already has an error (it could not be read) keeps only that one.
    /// </summary>
    /// <param name="columnOf">The column of a field of the rule (<c>LastName</c> → «ФИО»).</param>
    public void Refusals(SpreadsheetRow row, IEnumerable<Error> errors, Func<string, string> columnOf)
    {
        foreach (var error in errors)
        {
            var column = columnOf(error.Field ?? "");
            if (!HasError(row, column))
            {
                Error(row, column, error.Message);
            }
        }
    }

    private bool HasError(SpreadsheetRow row, string column)
    {
        // The row's errors are the last ones written.
        for (var i = Errors.Count - 1; i >= 0 && Errors[i].Row == row.Number; i--)
        {
            if (Errors[i].Column == column)
            {
                return true;
            }
        }

        return false;
    }

    public string? Cell(SpreadsheetRow row, string header)
    {
        var i = ColumnIndex(header);
        var value = i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : "";
        return value.Length == 0 ? null : value;
    }

    public string? Text(SpreadsheetRow row, string header, int maxLength, bool required = false)
    {
        var value = Cell(row, header);
        if (value is null)
        {
            if (required)
            {
                Error(row, header, "не заполнено");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Error(row, header, $"не длиннее {maxLength} символов");
            return null;
        }

        return value;
    }

    public PersonNameParts? Name(SpreadsheetRow row, string header, bool required)
    {
        var value = Text(row, header, 300, required);
        if (value is null)
        {
            return null;
        }

        // Only the shape is read here; the length and characters of each part are the card's rule (StudentCard, StaffCard …).
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            Error(row, header, $"нужны фамилия, имя и (если есть) отчество через пробел: «{value}»");
            return null;
        }

        return new PersonNameParts(parts[0], parts[1], parts.Length > 2 ? string.Join(' ', parts[2..]) : null);
    }

    public DateOnly? Date(SpreadsheetRow row, string header, bool required)
    {
        var value = Text(row, header, 30, required);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 80000)
        {
            // A spreadsheet date whose cell lost its date format: Excel's serial day number.
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (!DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < 1900 || date.Year > 2100)
        {
            Error(row, header, $"неверная дата «{value}» (нужно ДД.ММ.ГГГГ)");
            return null;
        }

        return date;
    }

    public Gender? Gender(SpreadsheetRow row, string header)
    {
        var value = Text(row, header, 20)?.ToUpperInvariant().TrimEnd('.');
        switch (value)
        {
            case null:
                return null;
            case "М" or "МУЖ" or "МУЖСКОЙ":
                return People.Gender.Male;
            case "Ж" or "ЖЕН" or "ЖЕНСКИЙ":
                return People.Gender.Female;
            default:
                Error(row, header, $"укажите «м» или «ж», а не «{Cell(row, header)}»");
                return null;
        }
    }

    public string? Email(SpreadsheetRow row, string header)
    {
        var value = Text(row, header, 200);
        if (value is not null && (!value.Contains('@', StringComparison.Ordinal) || value.Contains(' ', StringComparison.Ordinal)))
        {
            Error(row, header, $"неверный адрес электронной почты «{value}»");
            return null;
        }

        return value;
    }

    public (int Grade, string Letter)? ClassName(SpreadsheetRow row, string header, bool required)
    {
        var value = Text(row, header, 20, required);
        if (value is null)
        {
            return null;
        }

        var parsed = ImportKeys.ParseClass(value);
        if (parsed is null)
        {
            Error(row, header, $"неверное название класса «{value}» (нужно, например, «5А»)");
        }

        return parsed;
    }

    public SchoolClass? ClassIn(SpreadsheetRow row, string header, Dictionary<string, SchoolClass> classes, AcademicYear year, bool required)
    {
        if (ClassName(row, header, required) is not { } parsed)
        {
            return null;
        }

        if (!classes.TryGetValue(ImportKeys.ClassKey(parsed.Grade, parsed.Letter), out var schoolClass))
        {
            Error(row, header, $"нет класса «{Cell(row, header)}» в {year.Name} учебном году");
        }

        return schoolClass;
    }

    public int? Grade(SpreadsheetRow row, string header)
    {
        var value = Text(row, header, 10, required: true);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 11)
        {
            Error(row, header, $"параллель — число от 1 до 11, а не «{value}»");
            return null;
        }

        return grade;
    }

    public StaffMember? Staff(SpreadsheetRow row, string header, ILookup<string, StaffMember> staff, bool required)
    {
        var name = Name(row, header, required);
        if (name is not { } n)
        {
            return null;
        }

        var found = staff[ImportKeys.NameKey(n.Last, n.First, n.Middle)].ToList();
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                Error(row, header, $"нет такого сотрудника: «{Cell(row, header)}»");
                return null;
            default:
                Error(row, header, $"в школе несколько сотрудников «{Cell(row, header)}»");
                return null;
        }
    }

    private static string HeaderKey(string header) =>
        string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant().Replace('Ё', 'Е');

    private static Dictionary<string, int> IndexColumns(IReadOnlyList<string> headers)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            result.TryAdd(HeaderKey(headers[i]), i);
        }

        return result;
    }
}
