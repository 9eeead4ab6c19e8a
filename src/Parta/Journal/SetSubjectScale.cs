using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Journal;

/// <summary>
/// Chooses a subject's mark scale (пятибалльная or зачёт/незачёт). Refused once the subject has marks in the current
/// academic year: they were given on the old scale, and half a year on each would not make one average.
/// </summary>
public sealed class SetSubjectScale(PartaDbContext db, TimeProvider time)
{
    /// <param name="Version">The subject's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid SubjectId, MarkScale? Scale, uint? Version = null);

    public sealed record SubjectNotFound() : NotFound("Предмет не найден.");

    public sealed record HasMarks(string Subject, int Marks)
        : Conflict($"Шкалу предмета «{Subject}» сменить нельзя: в этом учебном году по нему уже есть {RussianPlural.Count(Marks, "отметка", "отметки", "отметок")}. Шкала меняется до первой отметки или с нового учебного года.");

    public async Task<Result<Subject>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == request.SubjectId, ct);
        if (subject is null)
        {
            return new SubjectNotFound();
        }

        if (db.Expect(subject, request.Version) is { } stale)
        {
            return stale;
        }

        var checks = new Checks();
        if (request.Scale is null)
        {
            checks.Add(nameof(Request.Scale), "Выберите шкалу отметок.");
        }

        var scale = checks.Defined(request.Scale, nameof(Request.Scale), "Шкала отметок");
        if (checks.Failed)
        {
            return checks.Refusal<Subject>();
        }

        if (scale == subject.Scale)
        {
            return subject;
        }

        var year = await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct);
        var lessons = db.Lessons.Where(l => l.SubjectId == subject.Id && (year == null || l.AcademicYearId == year.Id)).Select(l => l.Id);
        var assessments = db.Assessments.Where(a => lessons.Contains(a.LessonId)).Select(a => a.Id);
        var marks = await db.Marks.CountAsync(m => assessments.Contains(m.AssessmentId), ct);
        if (marks > 0)
        {
            return new HasMarks(subject.Name, marks);
        }

        subject.Scale = scale!.Value;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : subject;
    }
}
