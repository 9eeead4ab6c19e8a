using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;
using Parta.Printing;

namespace Parta.Reports;

/// <summary>One line of the overview: a class, a subject or a teacher, with how many it counts and its two rates (null: no marks).</summary>
public sealed record OverviewLine(string Name, int Counted, int Passing, decimal? SuccessRate, decimal? QualityRate);

/// <summary>The school overview of a period: by class, by subject, by teacher, as lines and as tables.</summary>
public sealed record SchoolOverview(
    string? Year, IReadOnlyList<ReportPeriod> Periods, ReportPeriod? Period,
    IReadOnlyList<OverviewLine> Classes, IReadOnlyList<OverviewLine> Subjects, IReadOnlyList<OverviewLine> Teachers)
{
    public IReadOnlyList<ReportTable> Tables()
    {
        var subtitle = Period is { } p ? new[] { $"{p.Name}: {RussianDate.Show(p.Start)} – {RussianDate.Show(p.End)}" } : [];
        return
        [
            Table("Успеваемость и качество по классам", "Класс", "Учащихся", Classes, subtitle,
                "Успеваемость — доля учащихся без отметок «2», «1», «незач» и «н/а» за период; качество — доля учащихся, у которых все отметки за период «4» и «5»."),
            Table("По предметам", "Предмет", "Отметок", Subjects, subtitle,
                "По предмету и учителю считается каждая отметка за период (кроме «осв»): успеваемость — доля отметок не ниже «3» и «зач», качество — доля «4» и «5» среди пятибалльных отметок и «н/а»."),
            Table("По учителям", "Учитель", "Отметок", Teachers, subtitle, null),
        ];
    }

    private static ReportTable Table(string title, string name, string counted, IReadOnlyList<OverviewLine> lines, string[] subtitle, string? footer) =>
        new(title, [new(name), new(counted, true), new("Успевают", true), new("Успеваемость, %", true), new("Качество, %", true)],
            lines.Select(l => ReportRow.Of(l.Name, ReportCell.Count(l.Counted), ReportCell.Count(l.Passing),
                ReportCell.Measure(l.SuccessRate), ReportCell.Measure(l.QualityRate))).ToList())
        {
            Subtitle = subtitle,
            Footer = footer is null ? [] : [footer],
            EmptyText = "Отметок за период нет.",
        };
}

/// <summary>
/// Обзор школы for the director: успеваемость and качество of a period by class (the class measures of the counted
/// students, <see cref="ClassPeriodStudents"/>), by subject and by teacher (each period mark of those students counts
/// once, for the teacher whose journal the student is on at the counting day), from the period marks (<see cref="FinalMark"/>
/// of kind Period). The whole school in a fixed number of queries.
/// </summary>
public sealed class GetSchoolOverview(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(Guid? PeriodId = null);

    public async Task<Result<SchoolOverview>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var choice = await ReportPeriodChoice.ForAsync(db, request.PeriodId, today, ct);
        if (!choice.Succeeded)
        {
            return choice.Cast<SchoolOverview>();
        }

        if (choice.Value is not { } chosen)
        {
            return new SchoolOverview(null, [], null, [], [], []);
        }

        var period = chosen.Period;
        var day = ClassPeriodStudents.CountingDay(period.End, today);
        // Grade 1 learns without marks: it has no rates to show.
        var classes = (await ClassChoices.LoadAsync(db, chosen.Year.Id, ct))
            .Where(c => chosen.FollowsScheme(c.Grade) && c.Grade != GradingRules.UnmarkedGrade).ToList();
        var classIds = classes.Select(c => c.Id).ToList();
        var counted = await db.ClassEnrolments.AsNoTracking()
            .Where(e => classIds.Contains(e.SchoolClassId) && e.From <= day && (e.Until == null || e.Until > day))
            .Select(e => new { e.SchoolClassId, e.StudentId }).ToListAsync(ct);
        var studentIds = counted.Select(c => c.StudentId).Distinct().ToList();
        var marks = await db.FinalMarks.AsNoTracking()
            .Where(f => f.Kind == FinalMarkKind.Period && f.PeriodId == period.Id && studentIds.Contains(f.StudentId))
            .Join(db.Subjects, f => f.SubjectId, s => s.Id, (f, s) => new { f.StudentId, f.SubjectId, f.Value, Subject = s.Name }).ToListAsync(ct);

        // By class: the class teacher's measures (PeriodMeasures) over the counted students.
        var studentsOf = counted.ToLookup(c => c.SchoolClassId, c => c.StudentId);
        var byClass = classes.Select(c =>
        {
            var students = studentsOf[c.Id].Distinct().ToList();
            var measures = PeriodMeasures.Compute(students, marks.Select(m => (m.StudentId, m.Value)));
            return new OverviewLine(c.Name, measures.Students, measures.Students - measures.Failing, measures.SuccessRate, measures.QualityRate);
        }).ToList();

        // By subject: every period mark once.
        var bySubject = marks.GroupBy(m => m.Subject)
            .Select(g => OverviewRates.OfMarks(g.Key, g.Select(m => m.Value)))
            .OrderBy(l => l.Name, RussianCulture.Collation).ToList();

        // By teacher: a mark belongs to the assignment of its subject whose list has the student at the counting day.
        var assignments = await db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == chosen.Year.Id)
            .Select(a => new
            {
                a.Id, a.StaffMemberId, a.SubjectId, a.SchoolClassId, a.StudyGroupId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName,
            })
            .ToListAsync(ct);
        var journals = assignments.Select(a => new JournalAssignment(a.Id, Guid.Empty, chosen.Year.Id, a.StaffMemberId, a.SubjectId, "",
            a.SchoolClassId, a.StudyGroupId, "", MarkScale.FivePoint, null)).ToList();
        var rosters = await JournalRoster.ForManyAsync(db, journals, day, day, ct);
        var teacherOf = new Dictionary<(Guid Student, Guid Subject), Guid>();
        foreach (var a in assignments)
        {
            foreach (var row in rosters.GetValueOrDefault(a.Id) ?? [])
            {
                teacherOf.TryAdd((row.StudentId, a.SubjectId), a.StaffMemberId);
            }
        }

        var teacherNames = assignments.DistinctBy(a => a.StaffMemberId).ToDictionary(a => a.StaffMemberId, a => PersonName.Full(a.LastName, a.FirstName, a.MiddleName));
        var byTeacher = marks.Where(m => teacherOf.ContainsKey((m.StudentId, m.SubjectId)))
            .GroupBy(m => teacherOf[(m.StudentId, m.SubjectId)])
            .Select(g => OverviewRates.OfMarks(teacherNames[g.Key], g.Select(m => m.Value)))
            .OrderBy(l => l.Name, RussianCulture.Collation).ToList();

        return new SchoolOverview(chosen.Year.Name, chosen.Periods, period, byClass, bySubject, byTeacher);
    }
}

/// <summary>The rates of a subject's or a teacher's period marks (a class's are <see cref="PeriodMeasures"/>).</summary>
public static class OverviewRates
{
    /// <summary>A subject's or teacher's rates: every period mark but «осв» counts; «зач» passes; quality is «4» and «5».</summary>
    public static OverviewLine OfMarks(string name, IEnumerable<string> values)
    {
        var counted = values.Where(v => v != FinalMarkValues.Exempt).ToList();
        var passing = counted.Count(v => !Failing(v));
        var graded = counted.Where(v => v is not (MarkScales.Pass or MarkScales.Fail)).ToList();
        return new OverviewLine(name, counted.Count, passing, counted.Count > 0 ? Percent(passing, counted.Count) : null,
            graded.Count > 0 ? Percent(graded.Count(v => v is "5" or "4"), graded.Count) : null);
    }

    private static bool Failing(string value) => value is "2" or "1" or MarkScales.Fail or FinalMarkValues.NotAssessed;

    private static decimal Percent(int part, int whole) => (decimal)part * 100 / whole;
}
