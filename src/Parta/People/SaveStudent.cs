using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <summary>Creates (no id) or changes a student's personal card.</summary>
public sealed record SaveStudent(
    Guid? Id, string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate, Gender? Gender,
    string? PersonalFileNumber, string? Phone, string? Email, string? Address, int? HealthGroup, Guid? ClassId);

public sealed record DuplicatePersonalFileNumber(string Number)
    : PeopleError($"Номер личного дела «{Number}» уже есть у другого учащегося.", nameof(SaveStudent.PersonalFileNumber));

public sealed record UnknownClass() : PeopleError("Выберите класс из списка.", nameof(SaveStudent.ClassId));

public sealed class SaveStudentHandler(PartaDbContext db, CurrentUser user)
{
    public async Task<Outcome<Guid>> HandleAsync(SaveStudent request, CancellationToken ct = default)
    {
        var student = request.Id is { } id ? await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct) : null;
        if (request.Id is not null && student is null)
        {
            return new NotFound();
        }

        var number = Clean(request.PersonalFileNumber);
        if (number is not null && await db.Students.AnyAsync(s => s.PersonalFileNumber == number && s.Id != request.Id, ct))
        {
            return new DuplicatePersonalFileNumber(number);
        }

        if (request.ClassId is { } classId && !await db.SchoolClasses.AnyAsync(c => c.Id == classId, ct))
        {
            return new UnknownClass();
        }

        if (student is null)
        {
            student = new Student { SchoolId = user.SchoolId!.Value, LastName = "", FirstName = "" };
            db.Students.Add(student);
        }

        student.LastName = request.LastName.Trim();
        student.FirstName = request.FirstName.Trim();
        student.MiddleName = Clean(request.MiddleName);
        student.BirthDate = request.BirthDate;
        student.Gender = request.Gender;
        student.PersonalFileNumber = number;
        student.Phone = Clean(request.Phone);
        student.Email = Clean(request.Email);
        student.Address = Clean(request.Address);
        student.HealthGroup = request.HealthGroup;
        student.SchoolClassId = request.ClassId;
        await db.SaveChangesAsync(ct);
        return student.Id;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
