namespace Parta.Organisation;

/// <summary>A curriculum line as the class rule needs it.</summary>
public sealed record CurriculumHours(Guid SubjectId, int Grade, Guid? SchoolClassId, decimal HoursPerWeek);

/// <summary>
/// The one rule of a class's curriculum: its grade's lines, a line of the class itself replacing its grade's line of the
/// same subject. The teaching load's summary and the timetable's hours check both use it.
/// </summary>
public static class ClassCurriculum
{
    /// <returns>Hours a week by subject.</returns>
    public static Dictionary<Guid, decimal> Of(IEnumerable<CurriculumHours> lines, int grade, Guid classId)
    {
        var all = lines as IReadOnlyCollection<CurriculumHours> ?? lines.ToList();
        var hours = all.Where(l => l.Grade == grade && l.SchoolClassId is null).ToDictionary(l => l.SubjectId, l => l.HoursPerWeek);
        foreach (var own in all.Where(l => l.SchoolClassId == classId))
        {
            hours[own.SubjectId] = own.HoursPerWeek;
        }

        return hours;
    }
}
