using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Organisation;

/// <summary>Creates a class of a year («5А») or changes it, with its class teacher.</summary>
public sealed class SaveSchoolClass(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="Version">The class's version the form was opened with (null: no check).</param>
    /// <param name="Shift">The shift (смена), 1 or 2; none: as it was (a new class: the first).</param>
    public sealed record Request(Guid? Id, Guid AcademicYearId, int? Grade, string? Letter, Guid? ClassTeacherId, uint? Version = null, int? Shift = null);

    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    public sealed record YearNotFound() : Invalid("Выберите учебный год.", nameof(Request.AcademicYearId));

    public sealed record TeacherNotFound() : Invalid("Выберите классного руководителя из списка сотрудников.", nameof(Request.ClassTeacherId));

    public sealed record NotALetter() : Invalid("Литера класса — буква, за ней могут быть буквы или цифры, например «А» или «Б1».", nameof(Request.Letter));

    public sealed record DuplicateClass(string Name) : Invalid($"Класс {Name} в этом учебном году уже есть.", nameof(Request.Letter));

    /// <summary>
    /// The rule of a class's grade and letter, for the form and the import alike: a grade from 1 to 11, a letter of up to
    /// 10 characters that starts with a letter (kept in capitals). Errors go to <see cref="Request.Grade"/> and
    /// <see cref="Request.Letter"/>.
    /// </summary>
    /// <returns>The grade and the letter as saved; null when refused.</returns>
    public static (int Grade, string Letter)? CheckName(Checks checks, int? grade, string? letter)
    {
        var checkedGrade = checks.Number(grade, nameof(Request.Grade), "Параллель", 1, 11, required: true);
        var checkedLetter = checks.Required(letter, nameof(Request.Letter), "Литера", 10).ToUpperInvariant();
        if (checkedLetter.Length > 0 && (!char.IsLetter(checkedLetter[0]) || !checkedLetter.All(char.IsLetterOrDigit)))
        {
            checks.Add(new NotALetter());
            return null;
        }

        return checkedGrade is { } g && checkedLetter.Length > 0 ? (g, checkedLetter) : null;
    }

    public async Task<Result<SchoolClass>> HandleAsync(Request request, CancellationToken ct = default)
    {
        SchoolClass? schoolClass = null;
        if (request.Id is { } id)
        {
            schoolClass = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (schoolClass is null)
            {
                return new ClassNotFound();
            }

            if (db.Expect(schoolClass, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = CheckName(checks, request.Grade, request.Letter);
        var shift = checks.Number(request.Shift, nameof(Request.Shift), "Смена", 1, ScheduleRules.MaxShift);
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            checks.Add(new YearNotFound());
        }

        if (request.ClassTeacherId is { } teacherId && !await db.StaffMembers.AnyAsync(s => s.Id == teacherId, ct))
        {
            checks.Add(new TeacherNotFound());
        }

        if (name is { } n && await db.SchoolClasses.AnyAsync(
                c => c.AcademicYearId == request.AcademicYearId && c.Grade == n.Grade && c.Letter == n.Letter && c.Id != request.Id, ct))
        {
            checks.Add(new DuplicateClass(SchoolClass.NameOf(n.Grade, n.Letter)));
        }

        if (checks.Failed)
        {
            return checks.Refusal<SchoolClass>();
        }

        var (grade, letter) = name!.Value;
        if (schoolClass is null)
        {
            schoolClass = new SchoolClass { SchoolId = currentUser.SchoolId!.Value, Letter = letter };
            db.SchoolClasses.Add(schoolClass);
        }

        schoolClass.AcademicYearId = request.AcademicYearId;
        schoolClass.Grade = grade;
        schoolClass.Letter = letter;
        schoolClass.ClassTeacherId = request.ClassTeacherId;
        var shiftChanged = shift is { } sh && sh != schoolClass.Shift && db.Entry(schoolClass).State != EntityState.Added;
        schoolClass.Shift = shift ?? schoolClass.Shift;
        if (!shiftChanged)
        {
            return await db.TrySaveAsync(ct) is { } conflict ? conflict : schoolClass;
        }

        // Another shift rings other bells: the class's lessons still to come take their times (its groups' lessons too).
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await db.AcademicYears.AsNoTracking().FirstAsync(y => y.Id == schoolClass.AcademicYearId, ct);
        var classId = schoolClass.Id;
        var assignments = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.SchoolClassId == classId || a.StudyGroup!.SchoolClassId == classId).Select(a => a.Id).ToListAsync(ct);
        var affected = LessonsFollow.Future(today, year.Start, year.End, assignments);
        return await LessonsFollow.SaveAsync(db, refresh, affected, ct) is { } refused ? refused : schoolClass;
    }
}
