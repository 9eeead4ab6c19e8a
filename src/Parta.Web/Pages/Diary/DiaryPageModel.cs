using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Diary;

namespace Parta.Web.Pages.Diary;

/// <summary>
/// What every diary page shares: the student in the address (<c>studentId</c>, so a link works on the parent's other
/// devices), and the child switcher of the signed-in user's family (<see cref="DiaryChildren"/>). Without a student in
/// the address the page opens on the first child (a student: themself).
/// </summary>
public abstract class DiaryPageModel(DiaryChildren children) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    public IReadOnlyList<DiaryChild> Children { get; private set; } = [];

    /// <summary>The page's own name in the switcher's links («/Diary», «/Diary/Marks»).</summary>
    public abstract string PagePath { get; }

    /// <summary>The switcher; false when no student is asked for and the user has none of their own to show.</summary>
    protected async Task<bool> ChooseStudentAsync(CancellationToken ct)
    {
        Children = await children.HandleAsync(ct);
        StudentId ??= Children.Count > 0 ? Children[0].StudentId : null;
        return StudentId is not null;
    }

    public string LinkFor(Guid studentId) => $"{PagePath}?studentId={studentId}";
}
