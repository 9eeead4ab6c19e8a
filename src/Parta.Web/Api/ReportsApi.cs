using Parta.Reports;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// The reports over the API (the «Reports» part of the API contract). Every route is for a signed-in user and the
/// reports' resource rule decides the rest (<see cref="ReportAccess"/>): reports.school for every class of the school,
/// reports.class for the classes the user leads; another school's class is 404, anyone else 403.
/// </summary>
public static class ReportsApi
{
    /// <summary>The class teacher's period report: the counts, and the rates and СОУ in percent to two decimals (null with no marks).</summary>
    public sealed record ClassPeriodReportBody(
        int Students, int Excellent, int Good, int WithOneFour, int WithOneThree, int Failing, int NotAssessed,
        decimal? SuccessRate, decimal? QualityRate, decimal? AverageMark, decimal? Sou,
        int MissedLessons, int MissedExcused, int MissedIll);

    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Отчёты");

        api.MapGet("/classes/{classId:guid}/reports/period", GetClassPeriod)
            .RequireSignedIn()
            .WithSummary("Отчёт классного руководителя за учебный период")
            .WithDescription(
                "Учащиеся класса по книге движения на последний день периода (пока период идёт — на сегодня), отличники, хорошисты,"
                + " с одной «4», с одной «3», неуспевающие, не аттестованные; успеваемость, качество знаний и СОУ в процентах,"
                + " средний балл — всё до двух знаков, null без отметок за период; пропущенные уроки, из них по уважительной причине"
                + " и по болезни. Без periodId — последний начавшийся период с отметками класса, иначе текущий."
                + " Читают: классный руководитель своего класса (reports.class) и администрация (reports.school); остальным 403;"
                + " класс другой школы — 404; период не из учебного года класса — 422.")
            .Produces<ClassPeriodReportBody>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> GetClassPeriod(Guid classId, Guid? periodId, GetClassPeriodReport report, CancellationToken ct)
    {
        var result = await report.HandleAsync(new GetClassPeriodReport.Request(classId, periodId), ct);
        return result.ToApi(r => TypedResults.Ok(Body(r.Measures)));
    }

    public static ClassPeriodReportBody Body(ClassPeriodMeasures m) => new(
        m.Students, m.Excellent, m.Good, m.WithOneFour, m.WithOneThree, m.Failing, m.NotAssessed,
        ClassPeriodMeasures.Rounded(m.SuccessRate), ClassPeriodMeasures.Rounded(m.QualityRate), ClassPeriodMeasures.Rounded(m.AverageMark),
        ClassPeriodMeasures.Rounded(m.Sou), m.Missed.Total, m.Missed.Excused, m.Missed.Ill);
}
