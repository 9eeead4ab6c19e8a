using Parta.People;

namespace Parta.Movement;

/// <summary>
/// The students a new record of the movement book may name, found by a few letters of the name as the form is typed:
/// every card of the school (those who left too, whom a reinstatement names, and those not yet admitted), surnames
/// first, each with the class it is in today or why it is in none (<see cref="FindStudents"/>, the students list's
/// rule). At most <see cref="Shown"/> are returned: the form asks for more letters, not for another page.
/// </summary>
public sealed class FindStudentToRecord(FindStudents find)
{
    public const int Shown = 20;

    public const int QueryLength = 100;

    public sealed record Request(string? Query);

    /// <param name="Total">How many matched in all; more than <paramref name="Students"/> holds when the query is short.</param>
    public sealed record Answer(IReadOnlyList<StudentListRow> Students, int Total);

    public async Task<Result<Answer>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var query = checks.Text(request.Query, nameof(Request.Query), "Учащийся", QueryLength);
        if (checks.Failed)
        {
            return checks.Refusal<Answer>();
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return new Answer([], 0);
        }

        var found = await find.HandleAsync(new FindStudents.Request(query, Shown: StudentsShown.All), ct);
        return found.Succeeded
            ? new Answer(found.Value.Students.Items.Take(Shown).ToList(), found.Value.Students.Total)
            : found.Cast<Answer>();
    }
}
