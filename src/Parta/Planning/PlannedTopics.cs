using Parta.Data;

namespace Parta.Planning;

/// <summary>
/// What the journal shows as a lesson's topic and planned homework: the teacher's own topic when written, else the plan's
/// (<see cref="PlanLaying"/>). One read per teaching assignment, by lesson.
/// </summary>
public static class PlannedTopics
{
    public static async Task<IReadOnlyDictionary<Guid, PlannedLesson>> ByLessonAsync(PartaDbContext db, Guid teachingAssignmentId, CancellationToken ct = default) =>
        (await PlanLaying.LayAsync(db, teachingAssignmentId, ct)).ToDictionary(l => l.LessonId);

    /// <summary>The topic to show: the written one, else the planned one, else none.</summary>
    public static string? Shown(string? written, PlannedLesson? planned) => written ?? planned?.Title;
}
