using Parta.People;

namespace Parta.Demo;

/// <summary>Russian names for the demo school, drawn by a seeded random generator (the same people on every run).</summary>
internal sealed class DemoNames(int seed)
{
    private static readonly string[] MaleSurnames =
    [
        "Смирнов", "Иванов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков", "Морозов", "Петров",
        "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв",
        "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев",
        "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов",
        "Яковлев", "Сорокин", "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв", "Григорьев",
        "Лазарев", "Медведев", "Ершов", "Никитин", "Соболев", "Рябов", "Поляков", "Цветков", "Данилов", "Жуков",
        "Фролов", "Журавлёв", "Николаев", "Крылов", "Максимов", "Сидоров", "Осипов", "Белоусов", "Федотов", "Дорофеев",
        "Егоров", "Матвеев", "Бобров", "Дмитриев", "Калинин", "Анисимов", "Петухов", "Антонов", "Тимофеев", "Никифоров",
        "Веселов", "Филиппов", "Марков", "Большаков", "Суханов", "Миронов", "Ширяев", "Александров", "Коновалов", "Шестаков",
        "Казаков", "Ефимов", "Денисов", "Громов", "Фомин", "Давыдов", "Мельников", "Щербаков", "Блинов", "Колесников",
        "Ёлкин", "Чернов", "Юдин", "Щукин", "Яшин", "Эльдаров", "Хохлов", "Царёв", "Шубин", "Якушев",
    ];

    private static readonly string[] MaleNames =
    [
        "Александр", "Максим", "Михаил", "Артём", "Даниил", "Иван", "Дмитрий", "Кирилл", "Андрей", "Егор",
        "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор", "Георгий",
        "Константин", "Лев", "Николай", "Степан", "Марк", "Павел", "Арсений", "Денис", "Тимур", "Глеб",
    ];

    private static readonly string[] FemaleNames =
    [
        "Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Софья", "Дарья", "Алиса", "Полина", "Елизавета",
        "Варвара", "Александра", "Ксения", "Вероника", "Арина", "Василиса", "Милана", "Ульяна", "Алёна", "Ева",
        "Кира", "Татьяна", "Ольга", "Юлия", "Маргарита", "Диана", "Валерия", "Таисия", "Яна", "Евгения",
    ];

    private static readonly string[] AdultMaleNames =
    [
        "Сергей", "Андрей", "Алексей", "Дмитрий", "Александр", "Евгений", "Игорь", "Олег", "Михаил", "Владимир",
        "Николай", "Павел", "Роман", "Юрий", "Виктор", "Денис", "Максим", "Антон", "Вадим", "Илья",
    ];

    private static readonly string[] AdultFemaleNames =
    [
        "Елена", "Ольга", "Наталья", "Татьяна", "Светлана", "Ирина", "Юлия", "Анна", "Екатерина", "Мария",
        "Марина", "Оксана", "Людмила", "Галина", "Надежда", "Анастасия", "Вера", "Лариса", "Валентина", "Евгения",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public (string Last, string First, string Middle) Adult(Gender gender)
    {
        var surname = Surname(gender);
        var first = gender == Gender.Male ? Pick(AdultMaleNames) : Pick(AdultFemaleNames);
        return (surname, first, Patronymic(Pick(AdultMaleNames), gender));
    }

    public string Surname(Gender gender) => gender == Gender.Male ? Pick(MaleSurnames) : Feminine(Pick(MaleSurnames));

    public string ChildName(Gender gender) => gender == Gender.Male ? Pick(MaleNames) : Pick(FemaleNames);

    public string FatherName() => Pick(AdultMaleNames);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Отчество from the father's name: Сергей → Сергеевич / Сергеевна, Илья → Ильич / Ильинична.</summary>
    public static string Patronymic(string father, Gender gender)
    {
        var male = gender == Gender.Male;
        return father switch
        {
            "Илья" => male ? "Ильич" : "Ильинична",
            "Никита" => male ? "Никитич" : "Никитична",
            "Лев" => male ? "Львович" : "Львовна",
            "Павел" => male ? "Павлович" : "Павловна",
            "Юрий" => male ? "Юрьевич" : "Юрьевна",
            _ when father.EndsWith('й') => father[..^1] + (male ? "евич" : "евна"),
            _ when father.EndsWith('ь') => father[..^1] + (male ? "евич" : "евна"),
            _ => father + (male ? "ович" : "овна"),
        };
    }

    /// <summary>The feminine form of a surname: Смирнов → Смирнова, Ильин → Ильина, Яшин → Яшина.</summary>
    public static string Feminine(string male) =>
        male.EndsWith("ов", StringComparison.Ordinal) || male.EndsWith("ёв", StringComparison.Ordinal)
        || male.EndsWith("ев", StringComparison.Ordinal) || male.EndsWith("ин", StringComparison.Ordinal)
        || male.EndsWith("ын", StringComparison.Ordinal)
            ? male + "а"
            : male;
}
