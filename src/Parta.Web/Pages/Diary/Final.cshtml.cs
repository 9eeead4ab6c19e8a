using Microsoft.AspNetCore.Mvc;
using Parta.Diary;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Reports;

namespace Parta.Web.Pages.Diary;

/// <summary>Итоговые отметки: period, year, exam and final marks of the year (<see cref="GetStudentFinalMarks"/>).</summary>
public sealed class FinalModel(DiaryChildren children, GetStudentFinalMarks getFinal, DiaryAccess access, PartaDbContext db) : DiaryPageModel(children)
{
    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    public StudentFinalMarks? Final { get; private set; }

    public DiaryStudent? Student { get; private set; }

    /// <summary>The periods of the student's class: a period's letter to parents is published by closing it.</summary>
    public IReadOnlyList<JournalPeriod> Periods { get; private set; } = [];

    public override string PagePath => "/Diary/Final";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ChooseStudentAsync(ct))
        {
            return Page();
        }

        var result = await getFinal.HandleAsync(new GetStudentFinalMarks.Request(StudentId!.Value, YearId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Final = result.Value;
        Student = (await access.OpenAsync(StudentId.Value, ct)).Value;
        Periods = await ReportPeriods.ForClassAsync(
            db, new ReportClass(Student.ClassId, Student.ClassName, Student.AcademicYearId, Student.Grade, null, null), ct);
        return Page();
    }
}
