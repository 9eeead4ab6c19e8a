namespace Parta.Common;

/// <summary>
/// The field rules every use case applies to its request, and collects the refusals of (all of them at once, so a form
/// shows every problem together). The page, the API and the import call the use case's own validation, which is made of
/// these, so a length, a character or a date is checked the same way wherever it comes from.
/// </summary>
public sealed class Checks
{
    private readonly List<Error> _errors = [];

    public IReadOnlyList<Error> Errors => _errors;

    public bool Failed => _errors.Count > 0;

    public void Add(Error error) => _errors.Add(error);

    public void Add(string field, string message) => _errors.Add(new Invalid(message, field));

    /// <summary>
    /// Text of one line: trimmed, <c>null</c> when blank; refused when longer than <paramref name="maxLength"/> or holding
    /// control characters (a NUL, an escape or a line break has no place in a name or a number).
    /// </summary>
    public string? Text(string? value, string field, string title, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"Заполните поле «{title}».");
            }

            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"Поле «{title}»: не длиннее {RussianPlural.Count(maxLength, "символа", "символов", "символов")}.");
            return null;
        }

        if (trimmed.Any(char.IsControl))
        {
            Add(field, $"Поле «{title}» содержит недопустимые (управляющие) символы.");
            return null;
        }

        return trimmed;
    }

    /// <summary>
    /// Text of several lines (a homework, a comment): trimmed, <c>null</c> when blank; line breaks and tabs are kept, other
    /// control characters refused; Windows line ends become «\n».
    /// </summary>
    public string? MultilineText(string? value, string field, string title, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"Поле «{title}»: не длиннее {RussianPlural.Count(maxLength, "символа", "символов", "символов")}.");
            return null;
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            Add(field, $"Поле «{title}» содержит недопустимые (управляющие) символы.");
            return null;
        }

        return trimmed;
    }

    /// <summary>Required one-line text: the trimmed value, or "" with a refusal.</summary>
    public string Required(string? value, string field, string title, int maxLength) =>
        Text(value, field, title, maxLength, required: true) ?? "";

    /// <summary>A date within its window; <c>null</c> when missing (refused if required) or outside the window.</summary>
    public DateOnly? Date(DateOnly? value, string field, string title, DateWindow window, bool required = false)
    {
        if (value is not { } date)
        {
            if (required)
            {
                Add(field, $"Укажите дату: «{title}».");
            }

            return null;
        }

        if (!window.Contains(date))
        {
            Add(field, $"«{title}»: дата {RussianDate.Show(date)} вне допустимого промежутка {window}.");
            return null;
        }

        return date;
    }

    /// <summary>
    /// A part of a person's name («Фамилия», «Имя», «Отчество»): letters of any alphabet, spaces, hyphens, apostrophes and
    /// full stops, at most 100 characters. A name that begins with «=» or holds «|» is a spreadsheet formula, not a name.
    /// </summary>
    public string? PersonName(string? value, string field, string title, bool required = false)
    {
        var name = Text(value, field, title, 100, required);
        if (name is not null && !name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            Add(field, $"Поле «{title}»: только буквы, пробел, дефис, апостроф и точка.");
            return null;
        }

        return name;
    }

    /// <summary>A telephone number: digits with «+», spaces, dashes and brackets, 5 to 15 digits.</summary>
    public string? Phone(string? value, string field, string title = "Телефон")
    {
        var phone = Text(value, field, title, 40);
        if (phone is not null)
        {
            var digits = phone.Count(char.IsAsciiDigit);
            if (digits is < 5 or > 15 || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
            {
                Add(field, $"«{title}»: введите номер телефона, например +7 912 345-67-89.");
                return null;
            }
        }

        return phone;
    }

    /// <summary>An e-mail address: one «@» with something on each side, no spaces.</summary>
    public string? Email(string? value, string field, string title = "Электронная почта")
    {
        var email = Text(value, field, title, 200);
        if (email is not null)
        {
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal))
            {
                Add(field, $"«{title}»: введите адрес электронной почты, например ivanova@example.ru.");
                return null;
            }
        }

        return email;
    }

    /// <summary>A whole number within its range.</summary>
    public int? Number(int? value, string field, string title, int min, int max, bool required = false)
    {
        if (value is not { } number)
        {
            if (required)
            {
                Add(field, $"Заполните поле «{title}».");
            }

            return null;
        }

        if (number < min || number > max)
        {
            Add(field, $"«{title}»: число от {min} до {max}.");
            return null;
        }

        return number;
    }

    /// <summary>An enum value that the enum defines (a form or the API may send anything).</summary>
    public T? Defined<T>(T? value, string field, string title)
        where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Add(field, $"Недопустимое значение поля «{title}».");
            return null;
        }

        return value;
    }

    /// <summary>The refusal of everything collected, as any use case's result.</summary>
    public Result<T> Refusal<T>() => Result.Fail<T>(_errors);
}
