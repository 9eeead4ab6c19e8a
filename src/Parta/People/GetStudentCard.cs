using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

public sealed record StudentCardGuardian(Guid GuardianId, string FullName, string Relation, string? Phone, string? Email, bool HasAccount)
{
    /// <summary>The school has restricted this guardian's rights to the child (<see cref="Guardianship.Restricted"/>).</summary>
    public bool Restricted { get; init; }

    public string? RestrictionNote { get; init; }
}

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
public sealed class GetStudentCard(PartaDbContext db, CurrentUser user, PermissionResolver resolver, RecordPersonalDataView log)
{
    /// <param name="Page">The page that opens the card, for the access log.</param>
    public sealed record Request(Guid StudentId, string Page);

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public sealed record NotYourStudent() : Forbidden("Карточку этого учащегося открывают те, у кого есть право на персональные данные, и классный руководитель.");

    public async Task<Result<StudentCardView>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!await db.Students.AnyAsync(s => s.Id == request.StudentId, ct))
        {
            return new StudentNotFound();
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
            return new NotYourStudent();
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
                g.Guardian.Email, g.Guardian.UserId, g.Restricted, g.RestrictionNote,
            })
            .ToListAsync(ct);

        await log.HandleAsync(new RecordPersonalDataView.Request(nameof(Student), request.StudentId, request.Page), ct);

        var s = student.Student;
        return new StudentCardView(
            s.Id, s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, s.PersonalFileNumber, s.Phone, s.Email, s.Address,
            s.HealthGroup, s.SchoolClassId, student.Grade is { } grade ? SchoolClass.NameOf(grade, student.Letter) : null,
            student.TeacherLast is null ? null : PersonName.Full(student.TeacherLast, student.TeacherFirst!, student.TeacherMiddle),
            groups.Order(RussianCulture.Collation).ToList(),
            guardians
                .Select(g => new StudentCardGuardian(g.GuardianId, PersonName.Full(g.LastName, g.FirstName, g.MiddleName), g.Relation,
                    g.Phone, g.Email, g.UserId is not null) { Restricted = g.Restricted, RestrictionNote = g.RestrictionNote })
                .OrderBy(g => g.FullName, RussianCulture.Collation)
                .ToList(),
            s.UserId is not null);
    }
}
