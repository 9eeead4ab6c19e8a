using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>
/// Creates (no id) or changes a student's personal card: the person only. The class is never written here: a student
/// enters, changes and leaves a class only through the movement book (<see cref="Movement.AdmitStudent"/>,
/// <see cref="Movement.RecordMovementEvent"/>; ADR 0006), so a card made here has no class until it is admitted.
/// </summary>
public sealed class SaveStudent(PartaDbContext db, TimeProvider time)
{
    /// <param name="Version">The card's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, StudentCard Card, uint? Version = null);

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public sealed record DuplicatePersonalFileNumber(string Number)
        : Invalid($"Номер личного дела «{Number}» уже есть у другого учащегося.", nameof(StudentCard.PersonalFileNumber));

    public async Task<Result<Guid>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var card = request.Card.Check(checks, await SchoolClock.TodayAsync(db, time, ct));
        if (checks.Failed)
        {
            return checks.Refusal<Guid>();
        }

        var student = request.Id is { } id ? await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (request.Id is not null && student is null)
        {
            return new StudentNotFound();
        }

        if (student is not null && db.Expect(student, request.Version) is { } stale)
        {
            return stale;
        }

        if (card.PersonalFileNumber is { } number && await db.Students.AnyAsync(s => s.PersonalFileNumber == number && s.Id != request.Id, ct))
        {
            return new DuplicatePersonalFileNumber(number);
        }

        if (student is null)
        {
            student = new Student { SchoolId = db.CurrentSchoolId!.Value, LastName = "", FirstName = "" };
            db.Students.Add(student);
        }

        card.ApplyTo(student);
        try
        {
            return await db.TrySaveAsync(ct) is { } conflict ? conflict : student.Id;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // The same number saved by someone else between our check and our save.
            return new DuplicatePersonalFileNumber(card.PersonalFileNumber!);
        }
    }
}
