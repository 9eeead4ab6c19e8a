namespace Parta.Scheduling;

/// <summary>Which weeks a timetable line holds on: every week, or only odd or even ones.</summary>
public enum WeekParity
{
    Every = 0,
    Odd = 1,
    Even = 2,
}
