using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Planning;

/// <summary>Makes a template of a plan for a grade and subject of the current year, or renames one.</summary>
public sealed class SavePlanTemplate(PartaDbContext db, PlanAccess access, CurrentUser currentUser, TimeProvider time)
{
    /// <param name="Id">The template renamed; null: a new template of <paramref name="Grade"/> and <paramref name="SubjectId"/>.</param>
    public sealed record Request(Guid? Id, int? Grade, Guid? SubjectId, string? Name, uint? Version = null);

    public sealed record SubjectNotFound() : NotFound("Предмет не найден.", nameof(Request.SubjectId));

    public sealed record NoYear() : Invalid("В школе нет учебного года: сначала создайте учебный год.");

    public async Task<Result<LessonPlan>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var name = checks.Text(request.Name, nameof(Request.Name), "Название", PlanRules.NameLength);
        if (request.Id is { } id)
        {
            var found = await access.TemplateAsync(id, edit: true, ct);
            if (!found.Succeeded)
            {
                return found;
            }

            if (db.Expect(found.Value, request.Version) is { } stale)
            {
                return stale;
            }

            if (checks.Failed)
            {
                return checks.Refusal<LessonPlan>();
            }

            found.Value.Name = name;
            access.Touch(found.Value);
            return await db.TrySaveAsync(ct) is { } conflict ? conflict : found.Value;
        }

        var user = await access.UserAsync(ct);
        if (!user.MayEdit)
        {
            return new PlanAccess.NoPlanRights();
        }

        var grade = checks.Number(request.Grade, nameof(Request.Grade), "Параллель", 1, 11, required: true);
        if (request.SubjectId is null)
        {
            checks.Add(nameof(Request.SubjectId), "Выберите предмет.");
        }
        else if (!await db.Subjects.AnyAsync(s => s.Id == request.SubjectId, ct))
        {
            checks.Add(new SubjectNotFound());
        }

        var year = await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct);
        if (year is null)
        {
            checks.Add(new NoYear());
        }

        if (checks.Failed)
        {
            return checks.Refusal<LessonPlan>();
        }

        var template = new LessonPlan
        {
            SchoolId = currentUser.SchoolId!.Value, AcademicYearId = year!.Id, SubjectId = request.SubjectId!.Value, Grade = grade, Name = name,
        };
        db.LessonPlans.Add(template);
        return await db.TrySaveAsync(ct) is { } error ? error : template;
    }
}
