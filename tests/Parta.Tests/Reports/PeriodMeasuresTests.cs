using CsCheck;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Tests.Reports;

/// <summary>The class teacher's measures as pure code: hand-counted cases, the edges, and properties over random classes.</summary>
public sealed class PeriodMeasuresTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid(), F = Guid.NewGuid();

    [Fact]
    public void Compute_HandCountedClass_GivesTheStandardMeasures()
    {
        // A: 5 5 осв (excellent); B: 4 5 зач (good, one 4); C: 5 3 зач (one 3); D: н/а 3 (failing, not assessed);
        // E: 4 4 незач (failing); F: 2 1 (failing).
        (Guid, string)[] marks =
        [
            (A, "5"), (A, "5"), (A, "осв"), (B, "4"), (B, "5"), (B, "зач"), (C, "5"), (C, "3"), (C, "зач"),
            (D, "н/а"), (D, "3"), (E, "4"), (E, "4"), (E, "незач"), (F, "2"), (F, "1"),
        ];

        var m = PeriodMeasures.Compute([A, B, C, D, E, F], marks, new MissedLessons(4, 1, 1));

        Assert.Equal((6, 1, 1, 1, 1, 3, 1), (m.Students, m.Excellent, m.Good, m.WithOneFour, m.WithOneThree, m.Failing, m.NotAssessed));
        Assert.Equal(50.00m, ClassPeriodMeasures.Rounded(m.SuccessRate));
        Assert.Equal(33.33m, ClassPeriodMeasures.Rounded(m.QualityRate));
        Assert.Equal(3.73m, ClassPeriodMeasures.Rounded(m.AverageMark));          // 41 / 11
        Assert.Equal(57.83m, ClassPeriodMeasures.Rounded(m.Sou));                 // 694 / 12
        Assert.Equal("57,83", ReportCell.Measure(m.Sou).Text);
        Assert.Equal(new MissedLessons(4, 1, 1), m.Missed);
    }

    [Fact]
    public void Compute_NoMarks_CountsStudents_RatesNull()
    {
        var m = PeriodMeasures.Compute([A, B], [(A, "зач"), (B, "осв")]);

        Assert.Equal(2, m.Students);
        Assert.Equal(0, m.Excellent + m.Good + m.Failing);
        Assert.Null(m.SuccessRate);
        Assert.Null(m.QualityRate);
        Assert.Null(m.AverageMark);
        Assert.Null(m.Sou);
        Assert.Equal("—", ReportCell.Measure(m.Sou).Text);
    }

    [Fact]
    public void Compute_OnlyNotAssessed_SouIsSeven_AverageNull()
    {
        var m = PeriodMeasures.Compute([A], [(A, "н/а")]);

        Assert.Equal(0m, m.SuccessRate);
        Assert.Null(m.AverageMark);
        Assert.Equal(7m, m.Sou);
        Assert.Equal(1, m.NotAssessed);
    }

    [Fact]
    public void Compute_MarksOfStudentsNotCounted_AreIgnored()
    {
        var m = PeriodMeasures.Compute([A], [(A, "5"), (B, "2")]);

        Assert.Equal(100m, m.SuccessRate);
        Assert.Equal(5m, m.AverageMark);
    }

    [Fact]
    public void Rounded_HalfWayCases_AwayFromZero()
    {
        // 2 of 3 students: 66.666… → 66.67; 1 of 8: 12.5 exactly; 0.005 away from zero.
        Assert.Equal(66.67m, ClassPeriodMeasures.Rounded(200m / 3));
        Assert.Equal(12.50m, ClassPeriodMeasures.Rounded(100m / 8));
        Assert.Equal(0.01m, ClassPeriodMeasures.Rounded(0.005m));
    }

    [Fact]
    public void Compute_RandomClasses_MeasuresStayInTheirBoundsAndAgree()
    {
        var values = new[] { "5", "4", "3", "2", "1", "н/а", "зач", "незач", "осв" };
        var students = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToArray();
        var genMark = from s in Gen.Int[0, students.Length - 1] from v in Gen.Int[0, values.Length - 1] select (students[s], values[v]);
        genMark.Array[0, 60].Sample(marks =>
        {
            var m = PeriodMeasures.Compute(students, marks);
            Assert.True(m.Excellent + m.Good + m.Failing <= m.Students);
            Assert.True(m.WithOneFour <= m.Good && m.NotAssessed <= m.Failing);
            if (m.SuccessRate is { } success)
            {
                Assert.InRange(success, 0m, 100m);
                Assert.True(m.QualityRate <= success, "quality never exceeds success");
            }

            if (m.Sou is { } sou)
            {
                Assert.InRange(sou, 7m, 100m);
            }

            if (m.AverageMark is { } average)
            {
                Assert.InRange(average, 1m, 5m);
            }
        });
    }
}
