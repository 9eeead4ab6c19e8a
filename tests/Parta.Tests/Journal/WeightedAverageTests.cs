using CsCheck;
using Parta.Journal;

namespace Parta.Tests.Journal;

public sealed class WeightedAverageTests
{
    [Fact]
    public void Of_DifferentWeights_IsTheSumOfMarkTimesWeightOverTheWeights()
    {
        // An answer 5 (weight 1), a test 3 (weight 3), a control work 4 (weight 2): (5 + 9 + 8) / 6 = 3.666…
        var average = WeightedAverage.Of([(5, 1m), (3, 3m), (4, 2m)]);

        Assert.Equal(22m / 6m, average);
        Assert.Equal(3.67m, WeightedAverage.Rounded(average));
        Assert.Equal("3,67", WeightedAverage.Show(average));
    }

    [Fact]
    public void Of_FractionalWeights_IsExact()
    {
        // 5 × 1.5 + 2 × 0.5 = 8.5 over 2 = 4.25: exactly, then shown as «4,25».
        var average = WeightedAverage.Of([(5, 1.5m), (2, 0.5m)]);

        Assert.Equal(4.25m, average);
        Assert.Equal("4,25", WeightedAverage.Show(average));
    }

    [Fact]
    public void Of_PassFailMarks_AreNotCounted()
    {
        // «зач» and «незач» have no points.
        var average = WeightedAverage.Of([(4, 1m), (null, 3m), (null, 2m)]);

        Assert.Equal(4m, average);
    }

    [Fact]
    public void Of_NoMarksOrOnlyPassFail_IsNull()
    {
        Assert.Null(WeightedAverage.Of([]));
        Assert.Null(WeightedAverage.Of([(null, 1m)]));
        Assert.Null(WeightedAverage.Rounded(null));
        Assert.Equal("", WeightedAverage.Show(null));
    }

    [Fact]
    public void Rounded_HalfWayUp_AsASchoolRounds()
    {
        // 4.445 → 4.45 (away from zero), not the banker's 4.44.
        Assert.Equal(4.45m, WeightedAverage.Rounded(4.445m));
        Assert.Equal(4.44m, WeightedAverage.Rounded(4.4449m));
    }

    [Fact]
    public void Of_AnyMarks_LiesBetweenTheLowestAndTheHighestMark() =>
        Gen.Select(Gen.Int[1, 5], Gen.Int[1, 100]).Array[1, 60].Sample(marks =>
        {
            var average = WeightedAverage.Of(marks.Select(m => ((int?)m.Item1, m.Item2 / 10m)))!.Value;
            return average >= marks.Min(m => m.Item1) && average <= marks.Max(m => m.Item1);
        });
}
