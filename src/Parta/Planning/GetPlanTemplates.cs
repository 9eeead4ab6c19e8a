using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Planning;

/// <summary>The school's plan templates of the current year, by grade and subject, and the subjects a new one may be for.</summary>
public sealed class GetPlanTemplates(PartaDbContext db, PlanAccess access, TimeProvider time)
{
    public sealed record Request;

    public sealed record Row(Guid Id, int Grade, string Subject, string? Name, int Topics, int Hours, uint Version);

    public sealed record Templates(string? YearName, bool MayEdit, IReadOnlyList<Row> Rows, IReadOnlyList<GetPlanList.Option> Subjects);

    public async Task<Result<Templates>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var user = await access.UserAsync(ct);
        if (!user.MayRead)
        {
            return new PlanAccess.NoPlanRights();
        }

        var year = await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct);
        if (year is null)
        {
            return new Templates(null, user.MayEdit, [], []);
        }

        var rows = await db.LessonPlans.AsNoTracking().Where(p => p.AcademicYearId == year.Id && p.Grade != null)
            .Select(p => new
            {
                p.Id, Grade = p.Grade!.Value, Subject = db.Subjects.Where(s => s.Id == p.SubjectId).Select(s => s.Name).First(), p.Name, p.Version,
                Topics = db.PlanTopics.Count(t => t.LessonPlanId == p.Id),
                Hours = db.PlanTopics.Where(t => t.LessonPlanId == p.Id).Sum(t => (int?)t.Hours) ?? 0,
            })
            .ToListAsync(ct);
        var subjects = await db.Subjects.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return new Templates(
            year.Name, user.MayEdit,
            rows.Select(r => new Row(r.Id, r.Grade, r.Subject, r.Name, r.Topics, r.Hours, r.Version))
                .OrderBy(r => r.Grade).ThenBy(r => r.Subject, RussianCulture.Collation).ThenBy(r => r.Name, RussianCulture.Collation).ToList(),
            subjects.Select(s => new GetPlanList.Option(s.Id, s.Name)).ToList());
    }
}
