using Parta.Access;
using Parta.Common;
using Parta.Journal;

namespace Parta.Grading;

/// <summary>
/// Who sets final marks: in an open period the teacher of the journal (grading.edit.own on their own teaching
/// assignment); in a closed period only someone with journal.edit.closed, with a reason (as the journal's cells).
/// Reading the sheet follows the journal's read rule (<see cref="JournalAccess.RightAsync"/>).
/// </summary>
public static class GradingAccess
{
    public sealed record NotYourSheet()
        : Forbidden("Итоговые отметки по этому журналу ставит учитель, который его ведёт: вы можете их только просматривать.");

    public static bool MayWrite(EffectivePermissions granted, IReadOnlyList<Guid> staffIds, JournalAssignment assignment, bool closed) =>
        closed
            ? granted.Has(Permissions.JournalEditClosed)
            : granted.Has(Permissions.GradingEditOwn) && staffIds.Contains(assignment.TeacherId);
}
