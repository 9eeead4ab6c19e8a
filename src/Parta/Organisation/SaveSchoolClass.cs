using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record SaveSchoolClassRequest(Guid? Id, Guid AcademicYearId, int Grade, string Letter, Guid? ClassTeacherId);

/// <summary>Creates a class of a year («5А») or changes it, with its class teacher.</summary>
public sealed class SaveSchoolClass(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SaveSchoolClassRequest request, CancellationToken ct = default)
    {
        var letter = request.Letter.Trim().ToUpperInvariant();
        var refusals = new List<Refusal>();
        if (request.Grade is < 1 or > 11)
        {
            refusals.Add(new Refusal("Grade", "Параллель — от 1 до 11."));
        }

        if (letter.Length is 0 or > 10)
        {
            refusals.Add(new Refusal("Letter", "Введите литеру класса, например «А»."));
        }

        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("AcademicYearId", "Выберите учебный год."));
        }

        if (request.ClassTeacherId is { } teacherId && !await db.StaffMembers.AnyAsync(s => s.Id == teacherId, ct))
        {
            refusals.Add(new Refusal("ClassTeacherId", "Выберите классного руководителя из списка сотрудников."));
        }

        if (refusals.Count == 0 && await db.SchoolClasses.AnyAsync(
                c => c.AcademicYearId == request.AcademicYearId && c.Grade == request.Grade && c.Letter == letter && c.Id != request.Id, ct))
        {
            refusals.Add(new Refusal("Letter", $"Класс {request.Grade}{letter} в этом учебном году уже есть."));
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        SchoolClass? schoolClass;
        if (request.Id is { } id)
        {
            schoolClass = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (schoolClass is null)
            {
                return OrganisationResult.Refuse("", "Класс не найден.");
            }
        }
        else
        {
            schoolClass = new SchoolClass { SchoolId = currentUser.SchoolId!.Value, Letter = letter };
            db.SchoolClasses.Add(schoolClass);
        }

        schoolClass.AcademicYearId = request.AcademicYearId;
        schoolClass.Grade = request.Grade;
        schoolClass.Letter = letter;
        schoolClass.ClassTeacherId = request.ClassTeacherId;
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(schoolClass.Id);
    }
}
