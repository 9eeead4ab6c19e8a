using CsCheck;
using Parta.Movement;

namespace Parta.Tests.Movement;

public sealed class MembershipTimelineTests
{
    private static readonly Guid Anna = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Class5A = Guid.Parse("00000000-0000-0000-0000-0000000005a0");
    private static readonly Guid Class5B = Guid.Parse("00000000-0000-0000-0000-0000000005b0");

    [Fact]
    public void Replay_TransferOnTenthOfOctober_OldClassOnNinthNewClassOnTenth()
    {
        var stints = MembershipTimeline.Replay(
        [
            new(Anna, MovementKind.Admission, new(2026, 9, 1), Class5A),
            new(Anna, MovementKind.Transfer, new(2026, 10, 10), Class5B),
        ]);

        Assert.Equal(Class5A, MembershipTimeline.ClassesOn(stints, new(2026, 10, 9))[Anna]);
        Assert.Equal(Class5B, MembershipTimeline.ClassesOn(stints, new(2026, 10, 10))[Anna]);
        Assert.False(MembershipTimeline.ClassesOn(stints, new(2026, 8, 31)).ContainsKey(Anna));
    }

    [Fact]
    public void Replay_Withdrawal_StudentIsOutFromThatDay()
    {
        var stints = MembershipTimeline.Replay(
        [
            new(Anna, MovementKind.Admission, new(2026, 9, 1), Class5A),
            new(Anna, MovementKind.Withdrawal, new(2026, 11, 16), null),
        ]);

        Assert.True(MembershipTimeline.ClassesOn(stints, new(2026, 11, 15)).ContainsKey(Anna));
        Assert.False(MembershipTimeline.ClassesOn(stints, new(2026, 11, 16)).ContainsKey(Anna));
    }

    [Fact]
    public void Check_AdmissionOfAStudentAlreadyInAClass_IsRefusedInRussian()
    {
        MovementFact[] history = [new(Anna, MovementKind.Admission, new(2026, 9, 1), Class5A)];

        var violation = MovementRules.Check(history, new(Anna, MovementKind.Admission, new(2026, 10, 1), Class5B), new(2026, 10, 1), 30);

        Assert.Equal("На 01.10.2026 учащийся уже числится в классе: зачислить его второй раз нельзя.", violation?.Message);
    }

    [Fact]
    public void Check_TransferOfAStudentNotInTheSchool_IsRefused()
    {
        var violation = MovementRules.Check([], new(Anna, MovementKind.Transfer, new(2026, 10, 1), Class5B), new(2026, 10, 1), 30);

        Assert.Equal("На 01.10.2026 учащийся не числится в школе.", violation?.Message);
    }

    [Fact]
    public void Check_EventBeforeAdmission_IsRefused()
    {
        MovementFact[] history = [new(Anna, MovementKind.Admission, new(2026, 9, 1), Class5A)];

        var violation = MovementRules.Check(history, new(Anna, MovementKind.Withdrawal, new(2026, 8, 20), null), new(2026, 8, 20), 30);

        Assert.Equal("Дата события 20.08.2026 раньше зачисления учащегося (01.09.2026).", violation?.Message);
    }

    [Fact]
    public void Check_OrderSignedLongAfterTheEvent_IsRefused()
    {
        var violation = MovementRules.Check([], new(Anna, MovementKind.Admission, new(2026, 9, 1), Class5A), new(2026, 10, 15), 30);

        Assert.StartsWith("Приказ от 15.10.2026 подписан позже даты события 01.09.2026", violation?.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Random sequences of events, each accepted or refused by the rules: the accepted ones never put a student in two
    /// classes on one date, and the class on every date equals a plain day-by-day walk through the accepted events.
    /// </summary>
    [Fact]
    public void Replay_RandomAcceptedEvents_OneClassPerDateAndSameAsDayByDayWalk()
    {
        var students = Enumerable.Range(1, 3).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
        var classes = Enumerable.Range(1, 3).Select(i => new Guid(0, (short)i, 0, new byte[8])).ToArray();
        var start = new DateOnly(2026, 9, 1);
        var genEvent =
            from student in Gen.Int[0, students.Length - 1]
            from kind in Gen.Enum<MovementKind>()
            from day in Gen.Int[0, 60]
            from cls in Gen.Int[0, classes.Length - 1]
            select new MovementFact(students[student], kind, start.AddDays(day), kind == MovementKind.Withdrawal ? null : classes[cls]);

        genEvent.Array[1, 40].Sample(candidates =>
        {
            var accepted = new List<MovementFact>();
            foreach (var candidate in candidates)
            {
                var history = accepted.Where(e => e.StudentId == candidate.StudentId).ToList();
                if (MovementRules.Check(history, candidate, candidate.Date, 30) is null)
                {
                    accepted.Add(candidate);
                }
            }

            var stints = MembershipTimeline.Replay(accepted);
            for (var day = -1; day <= 62; day++)
            {
                var date = start.AddDays(day);
                foreach (var student in students)
                {
                    var covering = stints.Count(s => s.StudentId == student && s.Covers(date));
                    if (covering > 1)
                    {
                        return false;
                    }

                    var walked = accepted.Where(e => e.StudentId == student && e.Date <= date).OrderBy(e => e.Date).LastOrDefault();
                    var expected = walked is null || walked.Kind == MovementKind.Withdrawal ? (Guid?)null : walked.ToClassId;
                    var actual = MembershipTimeline.ClassesOn(stints, date).TryGetValue(student, out var c) ? c : (Guid?)null;
                    if (expected != actual)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 2000);
    }
}
