using System.Globalization;
using System.Text;

// Writes the benchmark's input files, the same on every run: classes.csv (1А–11Г) and students.csv with
// N students (default 1000), each with two parents, in the columns of the «Учащиеся и родители» template.
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var folder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(folder);
var random = new Random(20261128);

string[] maleFirst = ["Александр", "Максим", "Артём", "Михаил", "Иван", "Дмитрий", "Даниил", "Кирилл", "Андрей", "Егор", "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор", "Лев"];
string[] femaleFirst = ["Анастасия", "Мария", "Дарья", "Анна", "Елизавета", "Полина", "Виктория", "Екатерина", "Софья", "Александра", "Ксения", "Алиса", "Варвара", "Вероника", "Арина", "Ульяна", "Алёна", "Ева", "Таисия", "Милана"];
string[] surnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев"];
string[] fatherNames = ["Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Игорь", "Олег", "Николай", "Павел", "Евгений", "Владимир"];
string[] streets = ["Ленина", "Школьная", "Садовая", "Мира", "Советская", "Молодёжная", "Лесная", "Набережная"];

string Patronymic(string father, bool male) => father switch
{
    _ when father.EndsWith("ий", StringComparison.Ordinal) => father[..^2] + (male ? "ьевич" : "ьевна"),
    _ when father.EndsWith('й') => father[..^1] + (male ? "евич" : "евна"),
    _ => father + (male ? "ович" : "овна"),
};

string Female(string surname) => surname.EndsWith("ий", StringComparison.Ordinal) ? surname[..^2] + "ая" : surname + "а";

string Phone(int n) => $"+7 9{n / 10000000 % 100:00} {n / 10000 % 1000:000}-{n / 100 % 100:00}-{n % 100:00}";

var letters = new[] { "А", "Б", "В", "Г" };
var classes = new StringBuilder("Класс;Классный руководитель\r\n");
foreach (var grade in Enumerable.Range(1, 11))
{
    foreach (var letter in letters)
    {
        classes.Append(CultureInfo.InvariantCulture, $"{grade}{letter};\r\n");
    }
}

File.WriteAllText(Path.Combine(folder, "classes.csv"), classes.ToString(), new UTF8Encoding(true));

var students = new StringBuilder(
    "ФИО;Дата рождения;Пол;Номер личного дела;Класс;Адрес;Телефон;" +
    "Родитель 1: ФИО;Родитель 1: кем приходится;Родитель 1: телефон;Родитель 1: email;" +
    "Родитель 2: ФИО;Родитель 2: кем приходится;Родитель 2: телефон;Родитель 2: email\r\n");
for (var i = 0; i < count; i++)
{
    var male = random.Next(2) == 0;
    var surname = surnames[random.Next(surnames.Length)];
    var father = fatherNames[random.Next(fatherNames.Length)];
    var grade = 1 + i % 11;
    var letter = letters[i / 11 % 4];
    var birth = new DateOnly(2026 - grade - 6, 9, 1).AddDays(random.Next(365));
    var first = male ? maleFirst[random.Next(maleFirst.Length)] : femaleFirst[random.Next(femaleFirst.Length)];
    var name = $"{(male ? surname : Female(surname))} {first} {Patronymic(father, male)}";
    var mother = $"{Female(surname)} {femaleFirst[random.Next(femaleFirst.Length)]} {Patronymic(fatherNames[random.Next(fatherNames.Length)], false)}";
    var dad = $"{surname} {father} {Patronymic(fatherNames[random.Next(fatherNames.Length)], true)}";
    var address = $"г. Демо, ул. {streets[random.Next(streets.Length)]}, д. {1 + random.Next(60)}, кв. {1 + random.Next(120)}";
    students.Append(CultureInfo.InvariantCulture,
        $"{name};{birth:dd.MM.yyyy};{(male ? "м" : "ж")};Б-{i + 1:0000};{grade}{letter};{address};;" +
        $"{mother};мать;{Phone(10000000 + i * 2)};mother{i + 1}@example.ru;{dad};отец;{Phone(10000001 + i * 2)};\r\n");
}

File.WriteAllText(Path.Combine(folder, "students.csv"), students.ToString(), new UTF8Encoding(true));
Console.WriteLine($"{folder}: classes.csv (44 класса), students.csv ({count} учащихся, по 2 родителя)");
