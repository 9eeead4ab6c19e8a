using Parta.Grading;
using Parta.Journal;

namespace Parta.Reports;

/// <summary>
/// A student's period marks as the measures count them: the five-point marks 5…1, «н/а» and «незач» (failing);
/// «зач» and «осв» are not counted.
/// </summary>
public sealed record StudentStanding(int Fives, int Fours, int Threes, int Twos, int Ones, int NotAssessedMarks, int Fails)
{
    public static readonly StudentStanding None = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Any 2, 1, «незач» or «н/а» (неуспевающий).</summary>
    public bool Failing => Twos + Ones + NotAssessedMarks + Fails > 0;

    /// <summary>At least one mark and all of them 5 (отличник).</summary>
    public bool Excellent => !Failing && Fives > 0 && Fours == 0 && Threes == 0;

    /// <summary>All 4 and 5 with at least one 4 (хорошист).</summary>
    public bool Good => !Failing && Fours > 0 && Threes == 0;

    /// <summary>Exactly one 4, the others 5 (one of the good).</summary>
    public bool WithOneFour => Good && Fours == 1;

    /// <summary>Exactly one 3, the others 4 and 5.</summary>
    public bool WithOneThree => !Failing && Threes == 1;

    /// <summary>Any «н/а» (не аттестован; also failing).</summary>
    public bool NotAssessed => NotAssessedMarks > 0;

    /// <summary>How the report names the student's standing: «отличник», «хорошист (одна 4)», «одна 3», «неуспевающий (н/а)».</summary>
    public string Title => this switch
    {
        { NotAssessed: true } => "не аттестован",
        { Failing: true } => "неуспевающий",
        { Excellent: true } => "отличник",
        { WithOneFour: true } => "хорошист, одна «4»",
        { Good: true } => "хорошист",
        { WithOneThree: true } => "одна «3»",
        _ => "",
    };

    /// <summary>Counts a period mark by its stored value.</summary>
    public StudentStanding With(string value) => value switch
    {
        "5" => this with { Fives = Fives + 1 },
        "4" => this with { Fours = Fours + 1 },
        "3" => this with { Threes = Threes + 1 },
        "2" => this with { Twos = Twos + 1 },
        "1" => this with { Ones = Ones + 1 },
        FinalMarkValues.NotAssessed => this with { NotAssessedMarks = NotAssessedMarks + 1 },
        MarkScales.Fail => this with { Fails = Fails + 1 },
        _ => this,
    };
}

/// <summary>Missed lessons of a class in a period: all absences, of them for a valid reason and for illness.</summary>
public sealed record MissedLessons(int Total, int Excused, int Ill)
{
    public static readonly MissedLessons None = new(0, 0, 0);
}

/// <summary>
/// The class teacher's measures for a period, exact (rounding is for display: <see cref="Rounded"/>). Rates and the
/// average are null when no period mark is counted at all.
/// </summary>
public sealed record ClassPeriodMeasures(
    int Students, int Excellent, int Good, int WithOneFour, int WithOneThree, int Failing, int NotAssessed,
    decimal? SuccessRate, decimal? QualityRate, decimal? AverageMark, decimal? Sou, MissedLessons Missed,
    int Fives, int Fours, int Threes, int Twos, int Ones, int NotAssessedMarks)
{
    /// <summary>Two decimals, away from zero: the API's and the screen's number; null stays null.</summary>
    public static decimal? Rounded(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>
/// The standard measures of a class's period marks, as pure code: every report that shows успеваемость, качество, the
/// average or СОУ of period marks computes them here (the class teacher's report over all subjects, the summary sheet
/// per subject).
/// <list type="bullet">
/// <item>успеваемость = (students − failing) / students × 100;</item>
/// <item>качество = (excellent + good) / students × 100;</item>
/// <item>средний балл = the mean of all five-point period marks;</item>
/// <item>СОУ = (n5·100 + n4·64 + n3·36 + n2·16 + (n1 + nн/а)·7) / (n5 + n4 + n3 + n2 + n1 + nн/а).</item>
/// </list>
/// </summary>
public static class PeriodMeasures
{
    /// <summary>Each student's standing over their marks (a student without counted marks has <see cref="StudentStanding.None"/>).</summary>
    public static IReadOnlyDictionary<Guid, StudentStanding> Standings(IEnumerable<Guid> students, IEnumerable<(Guid StudentId, string Value)> marks)
    {
        var standings = students.Distinct().ToDictionary(s => s, _ => StudentStanding.None);
        foreach (var (studentId, value) in marks)
        {
            if (standings.TryGetValue(studentId, out var standing))
            {
                standings[studentId] = standing.With(value);
            }
        }

        return standings;
    }

    /// <summary>The measures of the counted students over their period marks (marks of other students are ignored).</summary>
    public static ClassPeriodMeasures Compute(IReadOnlyCollection<Guid> students, IEnumerable<(Guid StudentId, string Value)> marks, MissedLessons? missed = null)
    {
        var standings = Standings(students, marks).Values.ToList();
        var n5 = standings.Sum(s => s.Fives);
        var n4 = standings.Sum(s => s.Fours);
        var n3 = standings.Sum(s => s.Threes);
        var n2 = standings.Sum(s => s.Twos);
        var n1 = standings.Sum(s => s.Ones);
        var na = standings.Sum(s => s.NotAssessedMarks);
        var fails = standings.Sum(s => s.Fails);
        var count = standings.Count;
        var excellent = standings.Count(s => s.Excellent);
        var good = standings.Count(s => s.Good);
        var failing = standings.Count(s => s.Failing);

        var anyMarks = n5 + n4 + n3 + n2 + n1 + na + fails > 0 && count > 0;
        var points = n5 + n4 + n3 + n2 + n1;
        var souMarks = points + na;
        return new ClassPeriodMeasures(
            count, excellent, good, standings.Count(s => s.WithOneFour), standings.Count(s => s.WithOneThree), failing,
            standings.Count(s => s.NotAssessed),
            anyMarks ? (count - failing) * 100m / count : null,
            anyMarks ? (excellent + good) * 100m / count : null,
            points > 0 ? (5m * n5 + 4m * n4 + 3m * n3 + 2m * n2 + n1) / points : null,
            souMarks > 0 ? (n5 * 100m + n4 * 64m + n3 * 36m + n2 * 16m + (n1 + na) * 7m) / souMarks : null,
            missed ?? MissedLessons.None,
            n5, n4, n3, n2, n1, na);
    }
}
