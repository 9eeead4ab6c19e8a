using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

public enum PromotionOutcome
{
    /// <summary>Переведён в следующий класс.</summary>
    Promote = 1,

    /// <summary>Переведён условно, with academic debt.</summary>
    Conditional = 2,

    /// <summary>Оставлен на повторное обучение.</summary>
    Retain = 3,

    /// <summary>Выпущен: withdrawn on graduation (after grade 9 or 11).</summary>
    Graduate = 4,

    /// <summary>Выбыл for another reason.</summary>
    Withdraw = 5,
}

/// <summary>
/// Year-end promotion of a class in bulk, under one order: every student is promoted into the next year's class of the
/// next grade (created when missing, e.g. 5А → 6А), except the exceptions chosen per student. The whole batch is one
/// transaction: a student whose event would break the book stops the batch and nothing is applied. The preview runs
/// exactly the same code and rolls back, so what it shows is what will be applied.
/// </summary>
public sealed class PromoteClass(PartaDbContext db, RecordMovementEvent record, TimeProvider time)
{
    public sealed record Decision(Guid StudentId, PromotionOutcome Outcome, string? AcademicDebts = null);

    /// <param name="TargetClassId">The next year's class chosen for the promoted students; by default the next grade with the same letter.</param>
    /// <param name="Apply">False: a preview, rolled back; true: applied if no student's event is refused.</param>
    public sealed record Request(
        Guid ClassId, DateOnly? Date, string? OrderNumber, DateOnly? OrderDate, IReadOnlyList<Decision> Decisions, Guid? TargetClassId = null,
        bool Apply = false);

    public sealed record Outcome(Guid StudentId, string FullName, PromotionOutcome Result, string? TargetClass, string? Error);

    /// <summary>What happens to each student; applied only when every one of them could be recorded.</summary>
    public sealed record Plan(IReadOnlyList<Outcome> Students, bool Applied)
    {
        public bool HasErrors => Students.Any(s => s.Error is not null);
    }

    public sealed record ClassNotFound() : NotFound("Класс не найден.", nameof(Request.ClassId));

    public static string Title(PromotionOutcome outcome) => outcome switch
    {
        PromotionOutcome.Promote => "переведён в следующий класс",
        PromotionOutcome.Conditional => "переведён условно",
        PromotionOutcome.Retain => "оставлен на повторное обучение",
        PromotionOutcome.Graduate => "выпущен",
        PromotionOutcome.Withdraw => "выбыл",
        _ => outcome.ToString(),
    };

    public async Task<Result<Plan>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var particulars = new MovementParticulars(request.Date, request.OrderNumber, request.OrderDate).Check(checks, await SchoolClock.TodayAsync(db, time, ct));
        if (checks.Failed)
        {
            return checks.Refusal<Plan>();
        }

        var source = await db.SchoolClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ClassId, ct);
        if (source is null)
        {
            return new ClassNotFound();
        }

        var date = particulars.Date!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var nextYear = await NextYearAsync(source.AcademicYearId, ct);
        var chosen = request.TargetClassId is { } targetId
            ? await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == targetId && c.AcademicYearId == nextYear.Id && c.Grade == source.Grade + 1, ct)
            : null;
        var outcomes = new List<Outcome>();
        var students = await ClassLists.OnDateAsync(db, source.Id, date.AddDays(-1), ct);
        foreach (var student in students)
        {
            var decision = request.Decisions.FirstOrDefault(d => d.StudentId == student.StudentId)
                ?? new Decision(student.StudentId, source.Grade is 9 or 11 ? PromotionOutcome.Graduate : PromotionOutcome.Promote);
            SchoolClass? target = decision.Outcome switch
            {
                PromotionOutcome.Promote or PromotionOutcome.Conditional => chosen ?? await ClassAsync(nextYear, source.Grade + 1, source.Letter, ct),
                PromotionOutcome.Retain => await ClassAsync(nextYear, source.Grade, source.Letter, ct),
                _ => null,
            };
            var kind = decision.Outcome switch
            {
                PromotionOutcome.Promote => MovementKind.Promotion,
                PromotionOutcome.Conditional => MovementKind.ConditionalPromotion,
                PromotionOutcome.Retain => MovementKind.Retention,
                _ => MovementKind.Withdrawal,
            };
            var recorded = await record.HandleAsync(new RecordMovementEvent.Request(
                student.StudentId, kind, target?.Id,
                particulars with
                {
                    Reason = decision.Outcome == PromotionOutcome.Graduate ? $"окончил {source.Grade} класс" : null,
                    WithdrawalReason = decision.Outcome switch
                    {
                        PromotionOutcome.Graduate => WithdrawalReason.Graduation,
                        PromotionOutcome.Withdraw => WithdrawalReason.Other,
                        _ => null,
                    },
                    AcademicDebts = decision.Outcome == PromotionOutcome.Conditional ? decision.AcademicDebts : null,
                }), ct);
            outcomes.Add(new Outcome(student.StudentId, student.FullName, decision.Outcome, target?.Name,
                recorded.Succeeded ? null : string.Join(" ", recorded.Errors.Select(e => e.Message))));
        }

        var result = new Plan(outcomes, Applied: request.Apply && outcomes.All(o => o.Error is null) && outcomes.Count > 0);
        if (result.Applied)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }

        return result;
    }

    /// <summary>The academic year after the class's year, created when missing (1 September – 31 August).</summary>
    private async Task<AcademicYear> NextYearAsync(Guid yearId, CancellationToken ct)
    {
        var year = await db.AcademicYears.FirstAsync(y => y.Id == yearId, ct);
        var start = year.End.AddDays(1);
        var next = await db.AcademicYears.FirstOrDefaultAsync(y => y.Start == start, ct);
        if (next is null)
        {
            next = new AcademicYear { SchoolId = year.SchoolId, Name = AcademicYear.NameFor(start.Year), Start = start, End = start.AddYears(1).AddDays(-1) };
            db.AcademicYears.Add(next);
            await db.SaveChangesAsync(ct);
        }

        return next;
    }

    /// <summary>The class of a grade and letter in a year, created when missing.</summary>
    private async Task<SchoolClass> ClassAsync(AcademicYear year, int grade, string letter, CancellationToken ct)
    {
        var found = await db.SchoolClasses.FirstOrDefaultAsync(c => c.AcademicYearId == year.Id && c.Grade == grade && c.Letter == letter, ct);
        if (found is null)
        {
            found = new SchoolClass { SchoolId = year.SchoolId, AcademicYearId = year.Id, Grade = grade, Letter = letter };
            db.SchoolClasses.Add(found);
            await db.SaveChangesAsync(ct);
        }

        return found;
    }
}
