using Parta.Planning;

namespace Parta.Tests.Planning;

/// <summary>The plan's hours on the lessons in order: the i-th hour on the i-th lesson.</summary>
public sealed class PlanLayingTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    private static PlanLaying.LaidTopic Topic(int number, int hours) =>
        new(Guid.NewGuid(), number, number <= 2 ? "Числа" : null, $"Тема {number}", hours, null);

    private static List<PlanLaying.LaidLesson> Lessons(int count) =>
        Enumerable.Range(0, count).Select(i => new PlanLaying.LaidLesson(Guid.NewGuid(), Monday.AddDays(i * 2))).ToList();

    [Fact]
    public void Lay_TopicsOfSeveralHours_TakeAsManyLessonsInOrder()
    {
        var topics = new[] { Topic(1, 2), Topic(2, 1), Topic(3, 3) };
        var lessons = Lessons(6);

        var laid = PlanLaying.Lay(topics, lessons);

        Assert.Equal([1, 1, 2, 3, 3, 3], laid.Select(l => l.TopicNumber));
        Assert.Equal(lessons.Select(l => l.Id), laid.Select(l => l.LessonId));
        Assert.Equal(lessons.Select(l => l.Date), laid.Select(l => l.Date));
        Assert.Equal("Числа", laid[2].Section);
    }

    [Fact]
    public void Lay_MoreHoursThanLessons_LaysOnlyWhatFits()
    {
        var laid = PlanLaying.Lay([Topic(1, 2), Topic(2, 2)], Lessons(3));

        Assert.Equal([1, 1, 2], laid.Select(l => l.TopicNumber));
    }

    [Fact]
    public void Lay_MoreLessonsThanHours_LeavesTheLastLessonsWithoutATopic()
    {
        var lessons = Lessons(4);

        var laid = PlanLaying.Lay([Topic(1, 1)], lessons);

        Assert.Equal(lessons[0].Id, Assert.Single(laid).LessonId);
    }

    [Fact]
    public void Lay_NoTopicsOrNoLessons_LaysNothing()
    {
        Assert.Empty(PlanLaying.Lay([], Lessons(3)));
        Assert.Empty(PlanLaying.Lay([Topic(1, 2)], []));
    }

    [Fact]
    public void Lay_ATopicOfNoHours_TakesNoLesson()
    {
        var laid = PlanLaying.Lay([Topic(1, 0), Topic(2, 1)], Lessons(2));

        Assert.Equal(2, Assert.Single(laid).TopicNumber);
    }
}
