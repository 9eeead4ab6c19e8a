using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Parta.Common;
using Parta.Data;
using Parta.Journal;
using Parta.Scheduling;

namespace Parta.Notifications;

/// <summary>
/// Adds the notifications of a save to that same save, as <see cref="Auditing.AuditInterceptor"/> adds the history: a
/// mark, an absence or a homework a person saved, and the <see cref="OutboxMessage"/> (instant) or the
/// <see cref="NotificationDigestItem"/> (digest) that tells the family of it, commit together or not at all. Work of the
/// system (commands, the demo and seed generators, the mail worker itself) notifies nobody.
/// </summary>
/// <remarks>
/// Recipients follow the family rule (<see cref="Access.ResourceRules.OfFamily"/>, written here as a predicate over a
/// subscription's own user so that all subscriptions of a save are read in one query): a guardian with an account whose
/// guardianship is not restricted, or the student themself from grade 5. A save of thirty marks reads the subscriptions
/// once, and the lesson details once, whatever the number of marks.
/// </remarks>
public sealed class NotificationPlanner(TimeProvider time, NotificationLinks links) : SaveChangesInterceptor
{
    /// <summary>From this grade a student may subscribe to their own notifications.</summary>
    public const int StudentFromGrade = 5;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PartaDbContext db)
        {
            // The synchronous save (rare in this code base) runs the same reads synchronously over the async path.
            PlanAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PartaDbContext db)
        {
            await PlanAsync(db, cancellationToken);
        }

        return result;
    }

    // A failed save leaves its added rows in the change tracker: a second attempt of the same change must not send twice.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // A concurrency failure does not pass through SaveChangesFailed: EF reports it here.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is OutboxMessage or NotificationDigestItem).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private sealed record MarkEvent(Guid StudentId, Guid AssessmentId, string Value, int? Points);

    private sealed record AbsenceEvent(Guid StudentId, Guid LessonId, string Code);

    private sealed record HomeworkEvent(Lesson Lesson, string Text);

    private async Task PlanAsync(PartaDbContext db, CancellationToken ct)
    {
        if (db.GeneratedDataWithoutAudit || db.CurrentUser.IsSystemWork || db.CurrentUser.UserId is null || db.CurrentSchoolId is null)
        {
            return;
        }

        var marks = new List<MarkEvent>();
        var attendance = new List<(Attendance Row, string? Before)>();
        var homework = new List<HomeworkEvent>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Mark mark when Changed(entry, nameof(Mark.Value)):
                    marks.Add(new MarkEvent(mark.StudentId, mark.AssessmentId, mark.Value, mark.Points));
                    break;
                case Attendance row when row.Code is not null && Changed(entry, nameof(Attendance.Code)):
                    attendance.Add((row, entry.State == EntityState.Added ? null : (string?)entry.Property(nameof(Attendance.Code)).OriginalValue));
                    break;
                case Lesson lesson when entry.State == EntityState.Modified && !string.IsNullOrWhiteSpace(lesson.Homework) && Changed(entry, nameof(Lesson.Homework)):
                    homework.Add(new HomeworkEvent(lesson, lesson.Homework!.Trim()));
                    break;
            }
        }

        if (marks.Count == 0 && attendance.Count == 0 && homework.Count == 0)
        {
            return;
        }

        var absences = new List<AbsenceEvent>();
        if (attendance.Count > 0)
        {
            var absenceCodes = await db.AttendanceCodes.AsNoTracking().Where(c => c.IsAbsence).Select(c => c.Code).ToListAsync(ct);
            bool IsAbsence(string? code) => code is not null && absenceCodes.Contains(code, StringComparer.OrdinalIgnoreCase);
            absences.AddRange(attendance.Where(a => IsAbsence(a.Row.Code) && !IsAbsence(a.Before))
                .Select(a => new AbsenceEvent(a.Row.StudentId, a.Row.LessonId, a.Row.Code!)));
        }

        var homeworkStudents = await HomeworkStudentsAsync(db, homework, ct);
        var studentIds = marks.Select(m => m.StudentId).Concat(absences.Select(a => a.StudentId)).Concat(homeworkStudents.SelectMany(h => h.Value)).Distinct().ToList();
        if (studentIds.Count == 0)
        {
            return;
        }

        var subscriptions = await RecipientsAsync(db, studentIds, ct);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var subscribed = subscriptions.Select(s => s.StudentId).ToHashSet();
        var assessmentIds = marks.Where(m => subscribed.Contains(m.StudentId)).Select(m => m.AssessmentId).Distinct().ToList();
        var assessments = assessmentIds.Count == 0
            ? []
            : await (from a in db.Assessments.AsNoTracking()
                     where assessmentIds.Contains(a.Id)
                     join l in db.Lessons on a.LessonId equals l.Id
                     join s in db.Subjects on l.SubjectId equals s.Id
                     join w in db.WorkTypes on a.WorkTypeId equals w.Id
                     select new { a.Id, l.Date, Subject = s.Name, Work = w.Name, w.Weight }).ToDictionaryAsync(a => a.Id, ct);
        var lessonIds = absences.Where(a => subscribed.Contains(a.StudentId)).Select(a => a.LessonId).Distinct().ToList();
        var lessons = lessonIds.Count == 0
            ? []
            : await (from l in db.Lessons.AsNoTracking()
                     where lessonIds.Contains(l.Id)
                     join s in db.Subjects on l.SubjectId equals s.Id
                     select new { l.Id, l.Date, l.Number, Subject = s.Name }).ToDictionaryAsync(l => l.Id, ct);
        var subjectIds = homework.Select(h => h.Lesson.SubjectId).Distinct().ToList();
        var subjects = subjectIds.Count == 0
            ? []
            : await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var recipient in subscriptions)
        {
            var sub = recipient.Subscription;
            var lines = new List<string>();
            foreach (var mark in marks.Where(m => m.StudentId == sub.StudentId))
            {
                var low = mark.Points is { } points && points < sub.LowMarkThreshold;
                if (!(sub.NewMarks || (sub.LowMarks && low)) || !assessments.TryGetValue(mark.AssessmentId, out var a))
                {
                    continue;
                }

                var title = sub.NewMarks ? "Новая отметка" : "Низкая отметка";
                var weight = a.Weight.ToString("0.##", RussianCulture.Instance);
                lines.Add($"{title}: {a.Subject}, {mark.Value} ({LowerFirst(a.Work)}, вес {weight}), {RussianDate.Show(a.Date)}");
            }

            if (sub.Absences)
            {
                foreach (var absence in absences.Where(a => a.StudentId == sub.StudentId))
                {
                    if (lessons.TryGetValue(absence.LessonId, out var l))
                    {
                        lines.Add($"Пропуск урока: {l.Subject}, {l.Number.ToString(CultureInfo.InvariantCulture)}-й урок, {RussianDate.Show(l.Date)} («{absence.Code}»)");
                    }
                }
            }

            if (sub.Homework)
            {
                foreach (var h in homework.Where(h => homeworkStudents.TryGetValue(h.Lesson.Id, out var students) && students.Contains(sub.StudentId)))
                {
                    var subjectName = subjects.GetValueOrDefault(h.Lesson.SubjectId, "");
                    lines.Add($"Домашнее задание: {subjectName}, урок {RussianDate.Show(h.Lesson.Date)}: {NotificationLetters.Bound(h.Text, 400)}");
                }
            }

            if (lines.Count == 0)
            {
                continue;
            }

            if (sub.Mode == NotificationMode.Digest)
            {
                db.NotificationDigestItems.AddRange(lines.Select(line => new NotificationDigestItem
                {
                    SchoolId = sub.SchoolId,
                    SubscriptionId = sub.Id,
                    CreatedAt = now,
                    Text = NotificationLetters.Bound(line, NotificationDigestItem.TextLength),
                }));
                continue;
            }

            var (subject, body) = NotificationLetters.Instant(links, recipient.StudentName, sub.StudentId, sub.UnsubscribeToken, lines);
            db.OutboxMessages.Add(new OutboxMessage
            {
                SchoolId = sub.SchoolId,
                SubscriptionId = sub.Id,
                To = recipient.Email,
                Subject = subject,
                TextBody = body,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }

    private static bool Changed(EntityEntry entry, string property)
    {
        if (entry.State == EntityState.Added)
        {
            return true;
        }

        if (entry.State != EntityState.Modified)
        {
            return false;
        }

        var p = entry.Property(property);
        return p.IsModified && !Equals(p.OriginalValue, p.CurrentValue);
    }

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], RussianCulture.Instance) + text[1..];

    /// <summary>The students a lesson's homework is for: its class's, or its group's current members.</summary>
    private static async Task<Dictionary<Guid, HashSet<Guid>>> HomeworkStudentsAsync(PartaDbContext db, List<HomeworkEvent> homework, CancellationToken ct)
    {
        var result = new Dictionary<Guid, HashSet<Guid>>();
        if (homework.Count == 0)
        {
            return result;
        }

        var classIds = homework.Where(h => h.Lesson.SchoolClassId is not null).Select(h => h.Lesson.SchoolClassId!.Value).Distinct().ToList();
        var groupIds = homework.Where(h => h.Lesson.StudyGroupId is not null).Select(h => h.Lesson.StudyGroupId!.Value).Distinct().ToList();
        var inClasses = classIds.Count == 0
            ? []
            : await db.Students.AsNoTracking().Where(s => s.SchoolClassId != null && classIds.Contains(s.SchoolClassId.Value))
                .Select(s => new { ClassId = s.SchoolClassId!.Value, s.Id }).ToListAsync(ct);
        var inGroups = groupIds.Count == 0
            ? []
            : await db.StudyGroupMembers.AsNoTracking().Where(m => groupIds.Contains(m.StudyGroupId) && m.Until == null)
                .Select(m => new { m.StudyGroupId, m.StudentId }).ToListAsync(ct);
        foreach (var h in homework)
        {
            result[h.Lesson.Id] = h.Lesson.StudyGroupId is { } group
                ? inGroups.Where(m => m.StudyGroupId == group).Select(m => m.StudentId).ToHashSet()
                : inClasses.Where(s => s.ClassId == h.Lesson.SchoolClassId).Select(s => s.Id).ToHashSet();
        }

        return result;
    }

    private sealed record Recipient(NotificationSubscription Subscription, string Email, string StudentName)
    {
        public Guid StudentId => Subscription.StudentId;
    }

    /// <summary>The subscriptions of these students whose users may still see them, with the address to write to: one query.</summary>
    private static async Task<List<Recipient>> RecipientsAsync(PartaDbContext db, List<Guid> studentIds, CancellationToken ct)
    {
        var rows = await (
            from s in db.NotificationSubscriptions.AsNoTracking()
            where studentIds.Contains(s.StudentId) && (s.NewMarks || s.LowMarks || s.Absences || s.Homework)
            join st in db.Students on s.StudentId equals st.Id
            join u in db.Users on s.UserId equals u.Id
            where u.Email != null && st.SchoolClassId != null
            // The family rule (ResourceRules.OfFamily) for the subscription's own user; a student from grade 5.
            where (st.UserId == s.UserId && st.SchoolClass!.Grade >= StudentFromGrade)
                || db.Guardianships.Any(g => g.StudentId == st.Id && g.Guardian!.UserId == s.UserId && !g.Restricted)
            select new { Subscription = s, u.Email, st.LastName, st.FirstName }).ToListAsync(ct);
        return rows.Select(r => new Recipient(r.Subscription, r.Email!, NotificationLetters.StudentName(r.LastName, r.FirstName))).ToList();
    }
}
