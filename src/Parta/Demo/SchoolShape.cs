namespace Parta.Demo;

/// <summary>
/// The size of a generated school: classes per grade, class sizes, how many teachers a department has (the demo's
/// numbers scaled by the number of classes), the town in addresses, the share of students with a father on the card.
/// <see cref="Demo"/> is the demo school; <see cref="ForStudents"/> makes the schools of the dataset presets.
/// </summary>
internal sealed record SchoolShape(int Seed, int[] ClassesPerGrade, int MinClassSize, int MaxClassSize, string Town, double FatherShare)
{
    /// <summary>Up to five parallel classes a grade: a larger school has larger classes.</summary>
    public static readonly string[] Letters = ["А", "Б", "В", "Г", "Д"];

    /// <summary>The demo school: 31 classes of 17–19 (three a grade, two in grades 10–11).</summary>
    public static readonly SchoolShape Demo = new(2026, [3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2], 17, 19, "г. Демо", 0.6);

    private const int DemoClasses = 31;

    public int Classes => ClassesPerGrade.Sum();

    /// <summary>A department's teachers: the demo's number scaled by the classes, rounded up unless barely over a whole one (at least one).</summary>
    public int Teachers(int inDemo) => Math.Max(1, (int)Math.Ceiling(inDemo * (double)Classes / DemoClasses - 0.25));

    /// <summary>
    /// A school of about <paramref name="students"/>: classes of about 23 (a class a grade in a small rural school, fewer
    /// in grades 10–11 where many leave after grade 9), sizes within ±2 of the average.
    /// </summary>
    public static SchoolShape ForStudents(int students, int seed, string town)
    {
        var weights = Enumerable.Range(1, 11).Select(g => g <= 9 ? 1.0 : 0.6).ToArray();
        var classes = Math.Max(11, (int)Math.Round(students / 23.0));
        var shares = weights.Select(w => w * classes / weights.Sum()).ToArray();
        var perGrade = shares.Select(s => Math.Max(1, (int)s)).ToArray();
        // The classes left go to the grades with the largest remainders, the younger first on a tie.
        foreach (var grade in Enumerable.Range(0, 11).OrderByDescending(g => Math.Round(shares[g] - (int)shares[g], 6)).ThenBy(g => g)
                     .Take(Math.Max(0, classes - perGrade.Sum())))
        {
            perGrade[grade]++;
        }

        perGrade = [.. perGrade.Select(c => Math.Min(c, Letters.Length))];
        var size = Math.Clamp((int)Math.Round(students / (double)perGrade.Sum()), 4, 32);
        return new SchoolShape(seed, perGrade, Math.Max(3, size - 2), size + 2, town, 0.7);
    }
}
