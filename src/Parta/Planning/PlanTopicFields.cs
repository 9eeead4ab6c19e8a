namespace Parta.Planning;

/// <summary>
/// The fields of a plan topic as typed (in the editor, in a spreadsheet row), and the one rule for them: the editor, the
/// import and the copy all pass through <see cref="Check"/>.
/// </summary>
public sealed record PlanTopicFields(string? Section, string? Title, int? Hours, LessonType? LessonType, string? Homework)
{
    public sealed record Checked(string? Section, string Title, int Hours, LessonType LessonType, string? Homework);

    /// <returns>The trimmed values, or null with the refusals in <paramref name="checks"/> (fields named as this record's).</returns>
    public Checked? Check(Checks checks)
    {
        var before = checks.Errors.Count;
        var section = checks.Text(Section, nameof(Section), "Раздел", PlanRules.SectionLength);
        var title = checks.Required(Title, nameof(Title), "Тема", PlanRules.TitleLength);
        var hours = checks.Number(Hours ?? 1, nameof(Hours), "Часы", 1, PlanRules.MaxHours);
        var type = checks.Defined<LessonType>(LessonType ?? Planning.LessonType.Combined, nameof(LessonType), "Тип урока");
        var homework = MultiLine(checks, Homework, nameof(Homework), "Домашнее задание", PlanRules.HomeworkLength);
        return checks.Errors.Count > before ? null : new Checked(section, title, hours!.Value, type!.Value, homework);
    }

    /// <summary>The lesson types by their Russian titles, as the editor lists them and a spreadsheet names them.</summary>
    public static IReadOnlyList<(LessonType Type, string Title)> Types { get; } =
        Enum.GetValues<LessonType>().Select(t => (t, PlanRules.Title(t))).ToList();

    public static LessonType? TypeOf(string title) =>
        Types.Where(t => RussianCulture.Collation.Equals(t.Title, title.Trim())).Select(t => (LessonType?)t.Type).FirstOrDefault();

    /// <summary>Text of several lines: line breaks and tabs are allowed, other control characters are not.</summary>
    private static string? MultiLine(Checks checks, string? value, string field, string title, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim().ReplaceLineEndings("\n");
        if (trimmed.Length > maxLength)
        {
            checks.Add(field, $"Поле «{title}»: не длиннее {RussianPlural.Count(maxLength, "символа", "символов", "символов")}.");
            return null;
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            checks.Add(field, $"Поле «{title}» содержит недопустимые (управляющие) символы.");
            return null;
        }

        return trimmed;
    }
}
