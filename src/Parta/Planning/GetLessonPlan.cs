using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Planning;

/// <summary>
/// The plan editor's view: a teaching assignment's КТП (its topics with the first date laid on each, the hours against the
/// lessons of the year) or a template; and the parallel classes' assignments it may be copied to.
/// </summary>
public sealed class GetLessonPlan(PartaDbContext db, PlanAccess access)
{
    public sealed record Request(PlanRef Plan);

    /// <param name="FirstDate">The first lesson laid on the topic; null for a template, or when the lessons run out before it.</param>
    /// <param name="LaidHours">How many of its hours found a lesson.</param>
    public sealed record Topic(
        Guid Id, int Number, string? Section, string Title, int Hours, LessonType LessonType, string? Homework, DateOnly? FirstDate, int LaidHours);

    /// <summary>An assignment of a parallel class (same grade and subject) the plan may be copied to.</summary>
    public sealed record CopyTarget(Guid AssignmentId, string ClassOrGroup, string Teacher, int Topics);

    /// <param name="Lessons">The assignment's lessons of the year (not cancelled); null for a template.</param>
    public sealed record LessonPlanView(
        PlanRef Plan, string Title, PlanAssignment? Assignment, int? Grade, string Subject, string? Name, Guid? PlanId, uint? Version,
        bool MayEdit, IReadOnlyList<Topic> Topics, int? Lessons, IReadOnlyList<CopyTarget> CopyTargets)
    {
        public int Hours => Topics.Sum(t => t.Hours);
    }

    public async Task<Result<LessonPlanView>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var user = await access.UserAsync(ct);
        PlanAssignment? assignment = null;
        LessonPlan? plan;
        Guid yearId, subjectId;
        int? grade;
        if (request.Plan.AssignmentId is { } assignmentId)
        {
            var found = await access.AssignmentAsync(assignmentId, edit: false, ct);
            if (!found.Succeeded)
            {
                return found.Cast<LessonPlanView>();
            }

            assignment = found.Value;
            plan = await db.LessonPlans.AsNoTracking().FirstOrDefaultAsync(p => p.TeachingAssignmentId == assignmentId, ct);
            (yearId, subjectId, grade) = (assignment.AcademicYearId, assignment.SubjectId, assignment.Grade);
        }
        else
        {
            var found = await access.TemplateAsync(request.Plan.TemplateId ?? Guid.Empty, edit: false, ct);
            if (!found.Succeeded)
            {
                return found.Cast<LessonPlanView>();
            }

            plan = found.Value;
            (yearId, subjectId, grade) = (plan.AcademicYearId, plan.SubjectId, plan.Grade);
        }

        var topics = plan is null
            ? []
            : await db.PlanTopics.AsNoTracking().Where(t => t.LessonPlanId == plan.Id).OrderBy(t => t.Number).ToListAsync(ct);
        int? lessons = null;
        var laid = new Dictionary<Guid, (DateOnly First, int Hours)>();
        if (assignment is not null)
        {
            lessons = await db.Lessons.CountAsync(l => l.TeachingAssignmentId == assignment.Id && l.Change != LessonChangeKind.Cancelled, ct);
            foreach (var group in (await PlanLaying.LayAsync(db, assignment.Id, ct)).GroupBy(l => l.PlanTopicId))
            {
                laid[group.Key] = (group.Min(l => l.Date), group.Count());
            }
        }

        var mayEdit = assignment?.Own ?? user.MayEdit;
        var subject = assignment?.Subject ?? await db.Subjects.AsNoTracking().Where(s => s.Id == subjectId).Select(s => s.Name).FirstAsync(ct);
        var title = assignment is not null
            ? $"КТП: {assignment.Subject}, {assignment.ClassOrGroup}"
            : $"Шаблон КТП: {subject}, {grade} класс" + (plan!.Name is { } n ? $" — {n}" : "");
        return new LessonPlanView(
            request.Plan, title, assignment, grade, subject, plan?.Name, plan?.Id, plan?.Version, mayEdit,
            topics.Select(t => new Topic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.LessonType, t.Homework,
                laid.TryGetValue(t.Id, out var l) ? l.First : null, laid.TryGetValue(t.Id, out var h) ? h.Hours : 0)).ToList(),
            lessons,
            mayEdit ? await CopyTargetsAsync(user, yearId, subjectId, grade, assignment?.Id, ct) : []);
    }

    /// <summary>The user's own assignments of the same year, subject and grade (a group counts by its class's grade).</summary>
    private async Task<IReadOnlyList<CopyTarget>> CopyTargetsAsync(
        PlanAccess.PlanUser user, Guid yearId, Guid subjectId, int? grade, Guid? except, CancellationToken ct)
    {
        if (grade is null)
        {
            return [];
        }

        var rows = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.AcademicYearId == yearId && a.SubjectId == subjectId && a.Id != except && user.StaffIds.Contains(a.StaffMemberId)
                        && (a.SchoolClass!.Grade == grade || a.StudyGroup!.SchoolClass!.Grade == grade))
            .Select(a => new
            {
                a.Id, ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter, Group = a.StudyGroup!.Name,
                a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
                Topics = db.PlanTopics.Count(t => db.LessonPlans.Any(p => p.Id == t.LessonPlanId && p.TeachingAssignmentId == a.Id)),
            })
            .ToListAsync(ct);
        return rows
            .Select(a => new CopyTarget(a.Id, a.ClassGrade is { } g ? SchoolClass.NameOf(g, a.ClassLetter!) : a.Group ?? "",
                PersonName.Full(a.LastName, a.FirstName, a.MiddleName), a.Topics))
            .OrderBy(t => t.ClassOrGroup, ClassOrder.Instance)
            .ToList();
    }
}
