using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Demo;

/// <summary>
/// The demo's final marks: every finished period of grades 2–9 (the quarters; grade 1 learns without marks) gets its
/// period marks as a teacher would set them — the suggestion of <see cref="PeriodMarkRule"/> from the journal the demo
/// filled (the same <see cref="GetFinalMarkSheet.PeriodRecordsAsync"/> the sheet reads), about one in thirty moved a
/// point by the teacher — and the first quarter is closed for the whole school, so every report has real numbers.
/// Written without audit rows, like the rest of the generated data.
/// </summary>
internal sealed class DemoFinalMarks(PartaDbContext db, Guid schoolId, DemoSchool demo)
{
    public async Task SeedAsync(DateOnly today, DateTime now, CancellationToken ct = default)
    {
        var random = new Random(1313);
        var rules = await GradingSettings.LoadAsync(db, schoolId, ct);
        var grades = demo.Classes.ToDictionary(c => c.Class.Id, c => c.Class);
        var groups = demo.Groups.ToDictionary(g => g.Id);
        var subjects = demo.Subjects.Values.ToDictionary(s => s.Id);
        // A student who moved between classes in a period is on two journals of a subject: one mark, the first journal's.
        var set = new HashSet<Guid>();
        db.GeneratedDataWithoutAudit = true;
        try
        {
            foreach (var a in demo.Assignments.OrderBy(a => a.Id))
            {
                var schoolClass = grades[a.SchoolClassId ?? groups[a.StudyGroupId!.Value].SchoolClassId!.Value];
                if (schoolClass.Grade == GradingRules.UnmarkedGrade)
                {
                    continue;
                }

                var subject = subjects[a.SubjectId];
                var assignment = new JournalAssignment(a.Id, schoolId, a.AcademicYearId, a.StaffMemberId, a.SubjectId, subject.Name, a.SchoolClassId,
                    a.StudyGroupId, a.SchoolClassId is null ? groups[a.StudyGroupId!.Value].Name : schoolClass.Name, subject.Scale, schoolClass.Grade);
                foreach (var p in demo.PeriodsOf(schoolClass.Grade).Where(p => p.End < today))
                {
                    var period = new JournalPeriod(p.Id, p.Name, p.Start, p.End, p.Closed);
                    var roster = await JournalRoster.ForAsync(db, assignment, p.Start, p.End, ct);
                    var records = await GetFinalMarkSheet.PeriodRecordsAsync(db, assignment, period, roster, today, ct);
                    foreach (var row in roster)
                    {
                        var value = PeriodMarkRule.Suggest(records[row.StudentId], rules, subject.Scale).Value;
                        var id = FinalMark.IdFor(row.StudentId, a.SubjectId, FinalMarkKind.Period, p.Id);
                        if (value is null || !set.Add(id))
                        {
                            continue;
                        }

                        if (value is ['2' or '3' or '4' or '5'] && random.NextDouble() < 0.035)
                        {
                            // The teacher decided otherwise: a point up (a good answer at the end) or down (a failed test).
                            value = ((char)(value[0] + (value[0] == '5' || (value[0] != '2' && random.NextDouble() < 0.4) ? -1 : 1))).ToString();
                        }

                        var read = FinalMarkValues.Read(subject.Scale, value)!.Value;
                        db.FinalMarks.Add(new FinalMark
                        {
                            Id = id, SchoolId = schoolId,
                            AcademicYearId = a.AcademicYearId, StudentId = row.StudentId, SubjectId = a.SubjectId, Kind = FinalMarkKind.Period,
                            PeriodId = p.Id, Value = read.Value, Points = read.Points, ChangedAt = now,
                        });
                    }
                }
            }

            // The first quarter is over: closed for the school (the half-year of grades 10–11 is still running).
            var first = demo.PeriodsOf(2)[0];
            if (first.End < today)
            {
                (await db.Periods.FirstAsync(p => p.Id == first.Id, ct)).Closed = true;
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.GeneratedDataWithoutAudit = false;
        }
    }
}
