using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Movement;

/// <summary>
/// Прибытие нового учащегося: the student's personal card is created (checked by <see cref="StudentCard"/>, the personal
/// file numbered by the alphabetical book's rule unless a number is given) and the admission recorded in the movement
/// book, in one transaction: either both exist or neither. The movement page, the API and the import all admit through here;
/// nothing else gives a student a class (ADR 0006).
/// </summary>
public sealed class AdmitStudent(PartaDbContext db, RecordMovementEvent record, TimeProvider time)
{
    public const string StudentPrefix = nameof(Request.Student) + ".";

    /// <param name="Kind">An arrival (прибытие), or a student already in the school when it starts its book in Parta (зачисление на начало учёта).</param>
    public sealed record Request(StudentCard Student, Guid? ClassId, MovementParticulars Particulars, MovementKind Kind = MovementKind.Admission);

    public sealed record DuplicatePersonalFileNumber(string Number)
        : Invalid($"Номер личного дела «{Number}» уже есть у другого учащегося.", StudentPrefix + nameof(StudentCard.PersonalFileNumber));

    public async Task<Result<MovementEvent>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var card = request.Student.Check(checks, today, StudentPrefix);
        if (request.ClassId is null)
        {
            checks.Add(nameof(Request.ClassId), "Выберите класс, в который прибывает учащийся.");
        }

        request.Particulars.Check(checks, today);
        if (!request.Kind.AdmitsNewStudent())
        {
            checks.Add(nameof(Request.Kind), $"Новую карточку заводят только при событиях «{MovementKind.Admission.Title()}» и «{MovementKind.OpeningEnrolment.Title()}».");
        }

        if (checks.Failed)
        {
            return checks.Refusal<MovementEvent>();
        }

        if (card.PersonalFileNumber is { } given && await db.Students.AnyAsync(s => s.PersonalFileNumber == given, ct))
        {
            return new DuplicatePersonalFileNumber(given);
        }

        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var student = await AddStudentAsync(card, ct);

        var admitted = await record.HandleAsync(new RecordMovementEvent.Request(student.Id, request.Kind, request.ClassId, request.Particulars), ct);
        if (!admitted.Succeeded)
        {
            // No card without its admission: the transaction goes, and so does the tracked student.
            if (transaction is not null)
            {
                await transaction.RollbackAsync(ct);
            }

            db.Entry(student).State = EntityState.Detached;
            return admitted;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return admitted;
    }

    /// <summary>
    /// Saves the new card. Two admissions at the same moment may take the same next personal file number: the unique
    /// index refuses the second, which takes the number after it (a number typed by hand is checked above instead).
    /// </summary>
    private async Task<Student> AddStudentAsync(StudentCard card, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var student = new Student { SchoolId = db.CurrentSchoolId!.Value, LastName = "", FirstName = "" };
            card.ApplyTo(student);
            student.PersonalFileNumber ??= await PersonalFileNumbers.NextAsync(db, student.LastName, ct);
            db.Students.Add(student);
            try
            {
                await db.SaveChangesAsync(ct);
                return student;
            }
            catch (DbUpdateException e) when (card.PersonalFileNumber is null && attempt < 5 && DbErrors.IsUniqueViolation(e))
            {
                db.Entry(student).State = EntityState.Detached;
            }
        }
    }
}
