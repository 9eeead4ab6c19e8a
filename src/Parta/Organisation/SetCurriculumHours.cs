using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Sets hours per week of the curriculum (учебный план) of a year: the grades' grid, or one class's own hours where they
/// differ from its grade. The grid is saved as a whole, so it carries one <see cref="StampAsync">stamp</see> of the year's
/// curriculum instead of a version per line: a grid opened before someone else saved the curriculum is refused.
/// </summary>
public sealed class SetCurriculumHours(PartaDbContext db, CurrentUser currentUser)
{
    /// <summary>One cell: hours per week of a subject in a grade, as typed («4,5»); empty clears it.</summary>
    /// <param name="Exam">Whether the subject ends with an exam in the grade (see <see cref="CurriculumLine.Exam"/>); null leaves it as it is.</param>
    public sealed record Cell(Guid SubjectId, int Grade, string? Hours, bool? Exam = null);

    /// <param name="SchoolClassId">Set for one class's own hours; none for the grades' grid.</param>
    /// <param name="Stamp">The year's curriculum stamp the grid was opened with (null: no check).</param>
    public sealed record Request(Guid AcademicYearId, Guid? SchoolClassId, IReadOnlyList<Cell> Cells, string? Stamp = null);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    /// <summary>Someone saved the year's curriculum after the grid was opened: <see cref="CurrentStamp"/> is the stamp now.</summary>
    public sealed record GridChanged(string CurrentStamp)
        : Conflict("Запись уже изменил другой пользователь: учебный план изменён после того, как вы открыли страницу. "
            + "Рядом с ячейками показано, что сохранено сейчас; проверьте и сохраните ещё раз.");

    public sealed record UnknownCell() : Invalid("Строка учебного плана относится к неизвестному предмету или параллели.");

    public sealed record NotHours(string Subject, int Grade, string Text)
        : Invalid($"{Subject}, {Grade} класс: «{Text}» — не число часов (например 2 или 0,5).");

    /// <summary>An exam marked on a cell without hours: the line would not exist, so the exam would be lost.</summary>
    public sealed record ExamWithoutHours(string Subject, int Grade)
        : Invalid($"{Subject}, {Grade} класс: отмечен экзамен, но не указаны часы в неделю.");

    /// <summary>A class's own hours given for another grade than its own.</summary>
    public sealed record ClassNotOfGrade(string ClassName, int Grade) : Invalid($"Класс {ClassName} не из параллели {Grade}.");

    /// <summary>The rule that a class's own line is of the class's grade, for the grid and the import alike.</summary>
    public static void CheckClassGrade(Checks checks, SchoolClass schoolClass, int grade)
    {
        if (schoolClass.Grade != grade)
        {
            checks.Add(new ClassNotOfGrade(schoolClass.Name, grade));
        }
    }

    /// <summary>
    /// The stamp of a year's curriculum as it is now: a short hash of its lines' ids and versions, so any line added,
    /// changed or removed changes it.
    /// </summary>
    public static async Task<string> StampAsync(PartaDbContext db, Guid academicYearId, CancellationToken ct = default)
    {
        var lines = await db.CurriculumLines.AsNoTracking().Where(l => l.AcademicYearId == academicYearId)
            .Select(l => new { l.Id, l.Version }).ToListAsync(ct);
        return Stamp(lines.Select(l => (l.Id, l.Version)));
    }

    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            return new YearNotFound();
        }

        SchoolClass? schoolClass = null;
        if (request.SchoolClassId is { } classId)
        {
            schoolClass = await db.SchoolClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId && c.AcademicYearId == request.AcademicYearId, ct);
            if (schoolClass is null)
            {
                return new ClassNotFound();
            }
        }

        var lines = await db.CurriculumLines.Where(l => l.AcademicYearId == request.AcademicYearId).ToListAsync(ct);
        var stamp = Stamp(lines.Select(l => (l.Id, l.Version)));
        if (request.Stamp is { } expected && expected != stamp)
        {
            return new GridChanged(stamp);
        }

        var subjects = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var checks = new Checks();
        var cells = new List<(Cell Cell, decimal? Hours)>();
        foreach (var cell in request.Cells)
        {
            if (!subjects.TryGetValue(cell.SubjectId, out var subject) || cell.Grade is < 1 or > 11)
            {
                checks.Add(new UnknownCell());
                continue;
            }

            if (schoolClass is not null)
            {
                CheckClassGrade(checks, schoolClass, cell.Grade);
            }

            decimal? hours = null;
            if (!string.IsNullOrWhiteSpace(cell.Hours))
            {
                // The hours rule of the grid and the import alike: from 0 to 50, in hundredths at most.
                if (!Hours.TryParse(cell.Hours, out var parsed))
                {
                    checks.Add(new NotHours(subject, cell.Grade, cell.Hours.Trim()));
                    continue;
                }

                hours = parsed;
            }
            else if (cell.Exam == true)
            {
                checks.Add(new ExamWithoutHours(subject, cell.Grade));
                continue;
            }

            cells.Add((cell, hours));
        }

        if (checks.Failed)
        {
            return Result.Fail<Done>(checks.Errors.Distinct());
        }

        foreach (var (cell, hours) in cells)
        {
            var line = lines.FirstOrDefault(l => l.SubjectId == cell.SubjectId && l.Grade == cell.Grade && l.SchoolClassId == request.SchoolClassId);
            if (hours is not { } value)
            {
                if (line is not null)
                {
                    db.CurriculumLines.Remove(line);
                    lines.Remove(line);
                }

                continue;
            }

            if (line is null)
            {
                line = new CurriculumLine
                {
                    SchoolId = currentUser.SchoolId!.Value, AcademicYearId = request.AcademicYearId, SubjectId = cell.SubjectId,
                    Grade = cell.Grade, SchoolClassId = request.SchoolClassId,
                };
                db.CurriculumLines.Add(line);
                lines.Add(line);
            }

            if (line.HoursPerWeek != value)
            {
                line.HoursPerWeek = value;
            }

            if (cell.Exam is { } exam && line.Exam != exam)
            {
                line.Exam = exam;
            }
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : Done.Value;
    }

    private static string Stamp(IEnumerable<(Guid Id, uint Version)> lines)
    {
        var text = string.Join(";", lines.OrderBy(l => l.Id).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Id:N}:{l.Version}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
