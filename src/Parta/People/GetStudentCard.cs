using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.People;

public sealed record GetStudentCard(Guid StudentId, string Page);

public sealed record StudentCardGuardian(Guid GuardianId, string FullName, string Relation, string? Phone, string? Email, bool HasAccount);

/// <summary>Личная карточка учащегося as the card page shows it.</summary>
public sealed record StudentCardView(
    Guid Id, string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate, Gender? Gender,
    string? PersonalFileNumber, string? Phone, string? Email, string? Address, int? HealthGroup,
    Guid? ClassId, string? ClassName, string? ClassTeacher, IReadOnlyList<string> Groups,
    IReadOnlyList<StudentCardGuardian> Guardians, bool HasAccount)
{
    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

/// <summary>
/// Opens a student's personal card: with <see cref="Permissions.StudentCardView"/>, or as the class teacher of the
/// student's class (<see cref="ResourceRules.CardVisibleTo"/>). Every opening is logged (<see cref="PersonalDataView"/>).
/// </summary>
public sealed class GetStudentCardHandler(PartaDbContext db, CurrentUser user, PermissionResolver resolver, RecordPersonalDataViewHandler log)
{
    public async Task<Outcome<StudentCardView>> HandleAsync(GetStudentCard request, CancellationToken ct = default)
    {
        if (!await db.Students.AnyAsync(s => s.Id == request.StudentId, ct))
        {
            return new NotFound();
        }

        var permissions = await resolver.GetAsync(ct);
        var student = await db.Students.AsNoTracking()
            .CardVisibleTo(user, permissions)
            .Where(s => s.Id == request.StudentId)
            .Select(s => new
            {
                Student = s,
                Grade = (int?)s.SchoolClass!.Grade,
                s.SchoolClass.Letter,
                TeacherLast = s.SchoolClass.ClassTeacher!.LastName,
                TeacherFirst = s.SchoolClass.ClassTeacher.FirstName,
                TeacherMiddle = s.SchoolClass.ClassTeacher.MiddleName,
            })
            .FirstOrDefaultAsync(ct);
        if (student is null)
        {
            return new Forbidden();
        }

        var groups = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => m.StudentId == request.StudentId && m.Until == null)
            .Join(db.StudyGroups, m => m.StudyGroupId, g => g.Id, (m, g) => g.Name)
            .ToListAsync(ct);
        var guardians = await db.Guardianships.AsNoTracking()
            .Where(g => g.StudentId == request.StudentId)
            .Select(g => new
            {
                g.GuardianId, g.Guardian!.LastName, g.Guardian.FirstName, g.Guardian.MiddleName, g.Relation, g.Guardian.Phone,
                g.Guardian.Email, g.Guardian.UserId,
            })
            .ToListAsync(ct);

        await log.HandleAsync(nameof(Student), request.StudentId, request.Page, ct);

        var s = student.Student;
        return new StudentCardView(
            s.Id, s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, s.PersonalFileNumber, s.Phone, s.Email, s.Address,
            s.HealthGroup, s.SchoolClassId, student.Grade is { } grade ? $"{grade}{student.Letter}" : null,
            student.TeacherLast is null ? null : PersonName.Full(student.TeacherLast, student.TeacherFirst!, student.TeacherMiddle),
            groups.Order(RussianCulture.Collation).ToList(),
            guardians
                .Select(g => new StudentCardGuardian(g.GuardianId, PersonName.Full(g.LastName, g.FirstName, g.MiddleName), g.Relation,
                    g.Phone, g.Email, g.UserId is not null))
                .OrderBy(g => g.FullName, RussianCulture.Collation)
                .ToList(),
            s.UserId is not null);
    }
}
