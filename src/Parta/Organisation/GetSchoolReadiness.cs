using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;

namespace Parta.Organisation;

/// <summary>One thing the coordinator sets up before the first lesson, and how much of it is still missing.</summary>
/// <param name="Title">What is checked, in Russian.</param>
/// <param name="Missing">How many items still miss it (0: done).</param>
/// <param name="MissingText">The missing ones counted in words: «3 класса без классного руководителя».</param>
/// <param name="Link">Where it is set up.</param>
public sealed record ReadinessCheck(string Title, int Missing, string MissingText, string Link)
{
    public bool Done => Missing == 0;
}

public sealed record SchoolReadiness(Guid? AcademicYearId, string? YearName, IReadOnlyList<ReadinessCheck> Checks)
{
    public bool Ready => Checks.All(c => c.Done);
}

/// <summary>
/// «Ввод данных» at a glance: for the school's current year (<see cref="SchoolClock.CurrentYearAsync"/>), what
/// is still missing before journals can start — period schemes for grades, class teachers, pupils in classes,
/// curriculum, teaching load against the curriculum, parents, and accounts. Counts only: each check links to its page.
/// </summary>
public sealed class GetSchoolReadiness(PartaDbContext db, GetTeachingLoad load)
{
    /// <param name="Today">The school's today: its year is the one checked.</param>
    public sealed record Request(DateOnly Today);

    public async Task<Result<SchoolReadiness>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = request.Today;
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new SchoolReadiness(null, null,
                [new ReadinessCheck("Учебный год", 1, "учебный год не заведён", "/Organisation/Years")]);
        }

        var onDate = ClassLists.CountDate(today, year.Start, year.End);
        var inForce = ClassLists.InForceOn(db, onDate);
        var classes = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id)
            .Select(c => new { c.Id, c.Grade, c.ClassTeacherId, Pupils = inForce.Count(e => e.SchoolClassId == c.Id) })
            .ToListAsync(ct);
        var grades = classes.Select(c => c.Grade).Distinct().ToList();
        var gradesWithScheme = await db.GradeSettings.AsNoTracking()
            .Where(g => g.AcademicYearId == year.Id && g.PeriodSchemeId != null)
            .Select(g => g.Grade).ToListAsync(ct);
        var teaching = (await load.HandleAsync(new GetTeachingLoad.Request(year.Id), ct)).Value;
        var pupils = inForce.Select(e => e.StudentId);
        var withoutParents = await db.Students.CountAsync(s => pupils.Contains(s.Id) && !db.Guardianships.Any(g => g.StudentId == s.Id), ct);
        var pupilsWithoutLogin = await db.Students.CountAsync(s => pupils.Contains(s.Id) && s.UserId == null, ct);
        var parentsWithoutLogin = await db.Guardians.CountAsync(
            g => g.UserId == null && db.Guardianships.Any(x => x.GuardianId == g.Id && pupils.Contains(x.StudentId)), ct);

        var yearLink = $"?yearId={year.Id}";
        var noScheme = grades.Count(g => !gradesWithScheme.Contains(g));
        var noTeacher = classes.Count(c => c.ClassTeacherId is null);
        var empty = classes.Count(c => c.Pupils == 0);
        var noCurriculum = teaching.Classes.Count(c => c.Curriculum == 0);
        var gaps = teaching.Classes.Count(c => c.Curriculum > 0 && c.HasGaps);
        return new SchoolReadiness(year.Id, year.Name,
        [
            new("Классы", classes.Count == 0 ? 1 : 0, "в учебном году нет ни одного класса", "/Organisation/Classes" + yearLink),
            new("Учебные периоды", noScheme, RussianPlural.Count(noScheme, "параллель", "параллели", "параллелей") + " без схемы учебных периодов",
                $"/Organisation/Years/Details?id={year.Id}"),
            new("Классные руководители", noTeacher, RussianPlural.Count(noTeacher, "класс", "класса", "классов") + " без классного руководителя",
                "/Organisation/Classes" + yearLink),
            new("Учащиеся в классах", empty, RussianPlural.Count(empty, "класс", "класса", "классов") + " без учащихся", "/Importing"),
            new("Учебный план", noCurriculum, RussianPlural.Count(noCurriculum, "класс", "класса", "классов") + " без часов учебного плана",
                "/Organisation/Curriculum" + yearLink),
            new("Учебная нагрузка", gaps, RussianPlural.Count(gaps, "класс", "класса", "классов") + ", где нагрузка расходится с учебным планом",
                "/Organisation/Assignments/Load" + yearLink),
            new("Родители", withoutParents, RussianPlural.Count(withoutParents, "учащийся", "учащихся", "учащихся") + " без родителей (законных представителей)",
                "/People/Students"),
            new("Учётные записи учащихся", pupilsWithoutLogin, RussianPlural.Count(pupilsWithoutLogin, "учащийся", "учащихся", "учащихся") + " без учётной записи",
                "/Access/Accounts"),
            new("Учётные записи родителей", parentsWithoutLogin, RussianPlural.Count(parentsWithoutLogin, "родитель", "родителя", "родителей") + " без учётной записи",
                "/Access/Accounts"),
        ]);
    }
}
