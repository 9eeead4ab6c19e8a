using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Planning;

/// <summary>
/// «Мои КТП» and the school's list: the teaching assignments of the current year whose plans the user sees (a teacher
/// their own, the administration all, filtered by class, subject and teacher), each with its plan against its lessons —
/// topics and hours against the lessons of the year, and, up to the school's today, lessons given, hours planned on them
/// and the topics behind (laid on a given lesson that has no topic written).
/// </summary>
public sealed class GetPlanList(PartaDbContext db, PlanAccess access, TimeProvider time)
{
    public sealed record Request(Guid? ClassId = null, Guid? SubjectId = null, Guid? TeacherId = null);

    public sealed record Row(
        Guid AssignmentId, string ClassOrGroup, string Subject, string Teacher, bool MayEdit, int Topics, int Hours, int LessonsInYear,
        int Given, int PlannedToDate, int WithTopic, int Behind);

    public sealed record Option(Guid Id, string Name);

    public sealed record PlanList(
        string? YearName, DateOnly Today, bool WholeSchool, bool MayEdit, IReadOnlyList<Row> Rows,
        IReadOnlyList<Option> Classes, IReadOnlyList<Option> Subjects, IReadOnlyList<Option> Teachers);

    public async Task<Result<PlanList>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var user = await access.UserAsync(ct);
        if (!user.MayRead)
        {
            return new PlanAccess.NoPlanRights();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new PlanList(null, today, user.WholeSchool, user.MayEdit, [], [], [], []);
        }

        var all = await access.Visible(user).AsNoTracking().Where(a => a.AcademicYearId == year.Id)
            .Select(a => new
            {
                a.Id, a.SubjectId, Subject = a.Subject!.Name, SubjectOrder = a.Subject.SortOrder, a.StaffMemberId,
                a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
                ClassId = a.SchoolClassId ?? a.StudyGroup!.SchoolClassId,
                ClassGrade = (int?)a.SchoolClass!.Grade, ClassLetter = a.SchoolClass.Letter, Group = a.StudyGroup!.Name,
            })
            .ToListAsync(ct);
        var assignments = all
            .Where(a => (request.ClassId is null || a.ClassId == request.ClassId)
                        && (request.SubjectId is null || a.SubjectId == request.SubjectId)
                        && (request.TeacherId is null || a.StaffMemberId == request.TeacherId))
            .ToList();
        var ids = assignments.Select(a => a.Id).ToList();
        var topics = (await db.PlanTopics.AsNoTracking()
                .Join(db.LessonPlans.Where(p => p.TeachingAssignmentId != null && ids.Contains(p.TeachingAssignmentId.Value)),
                    t => t.LessonPlanId, p => p.Id, (t, p) => new { AssignmentId = p.TeachingAssignmentId!.Value, t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework })
                .ToListAsync(ct))
            .ToLookup(t => t.AssignmentId, t => new PlanLaying.LaidTopic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework));
        var lessons = (await db.Lessons.AsNoTracking()
                .Where(l => ids.Contains(l.TeachingAssignmentId) && l.Change != LessonChangeKind.Cancelled)
                .Select(l => new { l.Id, l.TeachingAssignmentId, l.Date, l.Number, HasTopic = l.Topic != null })
                .ToListAsync(ct))
            .ToLookup(l => l.TeachingAssignmentId);
        var classNames = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id)
            .Select(c => new { c.Id, c.Grade, c.Letter }).ToListAsync(ct);

        var rows = assignments.Select(a =>
            {
                var own = lessons[a.Id].OrderBy(l => l.Date).ThenBy(l => l.Number).ToList();
                var planTopics = topics[a.Id].OrderBy(t => t.Number).ToList();
                var laid = PlanLaying.Lay(planTopics, own.Select(l => new PlanLaying.LaidLesson(l.Id, l.Date)).ToList());
                var written = own.Where(l => l.HasTopic).Select(l => l.Id).ToHashSet();
                var given = own.Where(l => l.Date <= today).ToList();
                return new Row(
                    a.Id, a.ClassGrade is { } g ? SchoolClass.NameOf(g, a.ClassLetter!) : a.Group ?? "", a.Subject,
                    PersonName.Full(a.LastName, a.FirstName, a.MiddleName), user.MayEdit && user.StaffIds.Contains(a.StaffMemberId),
                    planTopics.Count, planTopics.Sum(t => t.Hours), own.Count, given.Count, laid.Count(l => l.Date <= today),
                    given.Count(l => l.HasTopic), laid.Count(l => l.Date <= today && !written.Contains(l.LessonId)));
            })
            .OrderBy(r => r.ClassOrGroup, ClassOrder.Instance)
            .ThenBy(r => all.First(a => a.Id == r.AssignmentId).SubjectOrder)
            .ThenBy(r => r.Subject, RussianCulture.Collation)
            .ThenBy(r => r.Teacher, RussianCulture.Collation)
            .ToList();

        var classes = classNames.Where(c => all.Any(a => a.ClassId == c.Id))
            .Select(c => new Option(c.Id, SchoolClass.NameOf(c.Grade, c.Letter))).OrderBy(o => o.Name, ClassOrder.Instance).ToList();
        var subjects = all.GroupBy(a => a.SubjectId).Select(g => new Option(g.Key, g.First().Subject)).OrderBy(o => o.Name, RussianCulture.Collation).ToList();
        var teachers = all.GroupBy(a => a.StaffMemberId)
            .Select(g => new Option(g.Key, PersonName.Full(g.First().LastName, g.First().FirstName, g.First().MiddleName)))
            .OrderBy(o => o.Name, RussianCulture.Collation).ToList();
        return new PlanList(year.Name, today, user.WholeSchool, user.MayEdit, rows, classes, subjects, teachers);
    }
}
