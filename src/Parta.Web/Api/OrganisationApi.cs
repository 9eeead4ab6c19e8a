using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>The Organisation part of API v1: years with periods, classes, subjects, class lists, a teacher's assignments.</summary>
public static class OrganisationApi
{
    public sealed record PeriodView(Guid Id, string Name, string Kind, DateOnly Start, DateOnly End, bool Closed);

    public sealed record YearView(Guid Id, string Name, DateOnly Start, DateOnly End, IReadOnlyList<PeriodView> Periods);

    public sealed record ClassView(Guid Id, string Name, int Grade, string Letter, Guid? ClassTeacherId);

    public sealed record SubjectView(Guid Id, string Name, string ShortName);

    public sealed record ClassStudent(Guid Id, string FullName);

    public sealed record AssignmentView(Guid Id, Guid SubjectId, string Subject, Guid? ClassId, Guid? GroupId, string Name);

    public static void MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Организация").RequireAuthorization();
        api.MapGet("/schools/{schoolId:guid}/years", GetYears)
            .RequirePermission(Permissions.SchoolView)
            .WithSummary("Учебные годы школы с учебными периодами")
            .Produces<List<YearView>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/schools/{schoolId:guid}/classes", GetClasses)
            .RequirePermission(Permissions.SchoolView)
            .WithSummary("Классы школы")
            .Produces<List<ClassView>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/schools/{schoolId:guid}/subjects", GetSubjects)
            .RequirePermission(Permissions.SchoolView)
            .WithSummary("Предметы школы")
            .Produces<List<SubjectView>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // Who may read a class list is a resource rule (ClassAccess), not one permission: any signed-in user, then the rule.
        api.MapGet("/classes/{classId:guid}/students", GetClassStudents)
            .WithSummary("Список класса на дату (по умолчанию — сегодня), по алфавиту")
            .Produces<List<ClassStudent>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/me/teaching-assignments", GetMyTeachingAssignments)
            .WithSummary("Учебная нагрузка текущего учителя")
            .Produces<List<AssignmentView>>();
    }

    private static async Task<IResult> GetYears(Guid schoolId, CurrentUser user, PartaDbContext db, CancellationToken ct)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return SchoolNotFound();
        }

        var years = await db.AcademicYears.AsNoTracking().OrderBy(y => y.Start)
            .Select(y => new { y.Id, y.Name, y.Start, y.End }).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking()
            .Join(db.PeriodSchemes, p => p.PeriodSchemeId, s => s.Id, (p, s) => new { s.AcademicYearId, s.Kind, p.Id, p.Name, p.Start, p.End, p.Closed, p.Number })
            .ToListAsync(ct);
        return TypedResults.Ok(years.Select(y => new YearView(y.Id, y.Name, y.Start, y.End,
                periods.Where(p => p.AcademicYearId == y.Id).OrderBy(p => p.Start).ThenBy(p => p.Number)
                    .Select(p => new PeriodView(p.Id, p.Name, PeriodRules.Code(p.Kind), p.Start, p.End, p.Closed)).ToList()))
            .ToList());
    }

    private static async Task<IResult> GetClasses(Guid schoolId, CurrentUser user, PartaDbContext db, CancellationToken ct)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return SchoolNotFound();
        }

        var classes = await db.SchoolClasses.AsNoTracking()
            .Select(c => new { c.Id, c.Grade, c.Letter, c.ClassTeacherId, YearStart = db.AcademicYears.Where(y => y.Id == c.AcademicYearId).Select(y => y.Start).FirstOrDefault() })
            .ToListAsync(ct);
        return TypedResults.Ok(classes
            .OrderByDescending(c => c.YearStart).ThenBy(c => SchoolClass.NameOf(c.Grade, c.Letter), ClassOrder.Instance)
            .Select(c => new ClassView(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), c.Grade, c.Letter, c.ClassTeacherId))
            .ToList());
    }

    private static async Task<IResult> GetSubjects(Guid schoolId, CurrentUser user, PartaDbContext db, CancellationToken ct)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return SchoolNotFound();
        }

        var subjects = await db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.ShortName, s.SortOrder }).ToListAsync(ct);
        return TypedResults.Ok(subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation)
            .Select(s => new SubjectView(s.Id, s.Name, s.ShortName)).ToList());
    }

    private static async Task<IResult> GetClassStudents(
        Guid classId, string? date, SignedInUser signedIn, CurrentUser user, PermissionResolver permissions, PartaDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        DateOnly onDate = default;
        if (!string.IsNullOrEmpty(date)
            && !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out onDate))
        {
            // A query that cannot be read at all (as a body that is not JSON): 400, with the field named.
            return TypedResults.Problem(
                title: "Неверная дата: укажите её в виде ГГГГ-ММ-ДД.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["date"] = ["Дата в виде ГГГГ-ММ-ДД, например 2026-10-12."] } });
        }

        // The class names its school: the request acts there when the user belongs to it (as a {schoolId} route does),
        // before anything of the school is read; a class of a school that is not the user's does not exist for them.
        var schoolId = await ClassAccess.SchoolOfAsync(db, classId, signedIn.Schools.Select(s => s.SchoolId).ToList(), signedIn.IsSystemAdministrator, ct);
        if (schoolId is null)
        {
            return ApiResults.NotFound("Класс не найден.");
        }

        user.SwitchSchool(schoolId);
        if (!await db.SchoolClasses.ListVisibleTo(db.TeachingAssignments, user, await permissions.GetAsync(ct)).AnyAsync(c => c.Id == classId, ct))
        {
            return ApiResults.Refused([new Forbidden("Нет доступа к списку этого класса.")]);
        }

        // The class list on the date (default: the school's today), exactly as the movement book derives it.
        if (string.IsNullOrEmpty(date))
        {
            onDate = await SchoolClock.TodayAsync(db, time, ct);
        }

        var students = await Parta.Movement.ClassLists.OnDateAsync(db, classId, onDate, ct);
        return TypedResults.Ok(students.Select(s => new ClassStudent(s.StudentId, s.FullName)).ToList());
    }

    private static async Task<IResult> GetMyTeachingAssignments(SignedInUser user, PartaDbContext db, CancellationToken ct)
    {
        var schools = user.Schools.Select(s => s.SchoolId).ToList();
        var rows = await db.TeachingAssignments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Teacher!.UserId == user.Id && schools.Contains(a.SchoolId))
            .Select(a => new
            {
                a.Id, a.SubjectId, Subject = a.Subject!.Name, a.SchoolClassId, a.StudyGroupId,
                Grade = (int?)a.SchoolClass!.Grade, Letter = a.SchoolClass.Letter, Group = a.StudyGroup!.Name,
            })
            .ToListAsync(ct);
        return TypedResults.Ok(rows
            .Select(a => new AssignmentView(a.Id, a.SubjectId, a.Subject, a.SchoolClassId, a.StudyGroupId,
                $"{a.Subject}, {(a.Grade is { } g ? SchoolClass.NameOf(g, a.Letter) : a.Group)}"))
            .OrderBy(a => a.Subject, RussianCulture.Collation).ThenBy(a => a.Name, RussianCulture.Collation)
            .ToList());
    }

    private static IResult SchoolNotFound() => ApiResults.NotFound("Школа не найдена.");
}
