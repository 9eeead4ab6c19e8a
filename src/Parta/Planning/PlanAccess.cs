using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Planning;

/// <summary>Which plan a request is about: a teaching assignment's КТП, or a template (by the template plan's id).</summary>
public sealed record PlanRef(Guid? AssignmentId, Guid? TemplateId)
{
    public static PlanRef Assignment(Guid id) => new(id, null);

    public static PlanRef Template(Guid id) => new(null, id);

    /// <summary>The query string that opens this plan on a page: <c>assignmentId=…</c> or <c>templateId=…</c>.</summary>
    public string Query => AssignmentId is { } a ? $"assignmentId={a}" : $"templateId={TemplateId}";
}

/// <summary>A teaching assignment as the plan pages show it.</summary>
public sealed record PlanAssignment(
    Guid Id, Guid AcademicYearId, Guid SubjectId, string Subject, Guid TeacherId, string Teacher, string ClassOrGroup, int? Grade, bool Own);

/// <summary>
/// Who may do what with lesson plans in the current school (the resource rule on top of the permissions): a teacher
/// (<see cref="Permissions.PlanningEditOwn"/>) edits the plans of the teaching assignments they hold and the school's
/// templates; the administration (<see cref="Permissions.JournalViewAll"/>) reads every plan. Another teacher's plan does
/// not exist for a teacher (404); the administration may read but not change it (403).
/// </summary>
public sealed class PlanAccess(PartaDbContext db, CurrentUser currentUser, PermissionResolver resolver)
{
    public sealed record NoPlanRights() : Forbidden("Нет прав на КТП: их ведут учителя, смотрит администрация.");

    public sealed record PlanNotFound() : NotFound("КТП не найдено.");

    public sealed record NotYourPlan() : Forbidden("Это КТП ведёт учитель нагрузки: вы можете только смотреть его.");

    public sealed record PlanUser(bool WholeSchool, bool MayEdit, IReadOnlyList<Guid> StaffIds)
    {
        public bool MayRead => WholeSchool || MayEdit;
    }

    private PlanUser? _user;

    public async Task<PlanUser> UserAsync(CancellationToken ct = default)
    {
        if (_user is not null)
        {
            return _user;
        }

        var permissions = await resolver.GetAsync(ct);
        var staffIds = await Scheduling.GetMyDay.StaffOfAsync(db, currentUser, ct);
        return _user = new PlanUser(permissions.Has(Permissions.JournalViewAll), permissions.Has(Permissions.PlanningEditOwn), staffIds);
    }

    /// <summary>The assignments whose plans the user sees: all of the school for the administration, else their own.</summary>
    public IQueryable<TeachingAssignment> Visible(PlanUser user) =>
        user.WholeSchool ? db.TeachingAssignments : db.TeachingAssignments.Where(a => user.StaffIds.Contains(a.StaffMemberId));

    /// <summary>An assignment whose plan the user reads (<paramref name="edit"/>: changes).</summary>
    public async Task<Result<PlanAssignment>> AssignmentAsync(Guid assignmentId, bool edit, CancellationToken ct = default)
    {
        var user = await UserAsync(ct);
        if (!user.MayRead || (edit && !user.MayEdit))
        {
            return new NoPlanRights();
        }

        var row = await Visible(user).AsNoTracking().Where(a => a.Id == assignmentId)
            .Select(a => new
            {
                a.Id, a.AcademicYearId, a.SubjectId, Subject = a.Subject!.Name, a.StaffMemberId,
                a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
                ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter,
                Group = a.StudyGroup!.Name, GroupGrade = (int?)a.StudyGroup.SchoolClass!.Grade,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return new PlanNotFound();
        }

        var own = user.StaffIds.Contains(row.StaffMemberId);
        if (edit && !own)
        {
            return new NotYourPlan();
        }

        var name = row.ClassGrade is { } g ? SchoolClass.NameOf(g, row.ClassLetter!) : row.Group ?? "";
        return new PlanAssignment(row.Id, row.AcademicYearId, row.SubjectId, row.Subject, row.StaffMemberId,
            PersonName.Full(row.LastName, row.FirstName, row.MiddleName), name, row.ClassGrade ?? row.GroupGrade, own && user.MayEdit);
    }

    /// <summary>A template the user reads (<paramref name="edit"/>: changes; every teacher with planning rights does).</summary>
    public async Task<Result<LessonPlan>> TemplateAsync(Guid templateId, bool edit, CancellationToken ct = default)
    {
        var user = await UserAsync(ct);
        if (!user.MayRead || (edit && !user.MayEdit))
        {
            return new NoPlanRights();
        }

        var query = db.LessonPlans.Where(p => p.Id == templateId && p.Grade != null);
        var template = edit ? await query.FirstOrDefaultAsync(ct) : await query.AsNoTracking().FirstOrDefaultAsync(ct);
        return template is null ? new PlanNotFound() : template;
    }

    /// <summary>
    /// The plan to change, tracked, after the access check and the version check (<paramref name="version"/>, null: none);
    /// an assignment's plan is made on its first change. The plan's version moves with every change of its topics.
    /// </summary>
    public async Task<Result<LessonPlan>> PlanToChangeAsync(PlanRef target, uint? version, CancellationToken ct = default)
    {
        LessonPlan? plan;
        if (target.AssignmentId is { } assignmentId)
        {
            var assignment = await AssignmentAsync(assignmentId, edit: true, ct);
            if (!assignment.Succeeded)
            {
                return assignment.Cast<LessonPlan>();
            }

            plan = await db.LessonPlans.FirstOrDefaultAsync(p => p.TeachingAssignmentId == assignmentId, ct);
            if (plan is null)
            {
                var a = assignment.Value;
                plan = new LessonPlan
                {
                    SchoolId = currentUser.SchoolId!.Value, AcademicYearId = a.AcademicYearId, SubjectId = a.SubjectId, TeachingAssignmentId = a.Id,
                };
                db.LessonPlans.Add(plan);
                return plan;
            }
        }
        else
        {
            var template = await TemplateAsync(target.TemplateId ?? Guid.Empty, edit: true, ct);
            if (!template.Succeeded)
            {
                return template;
            }

            plan = template.Value;
        }

        if (db.Expect(plan, version) is { } stale)
        {
            return stale;
        }

        Touch(plan);
        return plan;
    }

    /// <summary>Marks the plan changed, so that its version moves although only its topics changed.</summary>
    public void Touch(LessonPlan plan)
    {
        var entry = db.Entry(plan);
        if (entry.State == EntityState.Unchanged)
        {
            entry.Property(p => p.Name).IsModified = true;
        }
    }
}
