using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>
/// Учащиеся on a date (today unless chosen): those in the school, or those who left, or every card; found by name
/// (surnames first), filtered by class, a page at a time.
/// </summary>
public sealed class IndexModel(PartaDbContext db, FindStudents find, PermissionResolver resolver, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    /// <summary>Only the classes the teacher leads or teaches; a teacher's list opens so.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Mine { get; set; }

    /// <summary>The user teaches or leads classes this year, so «Мои классы» is offered.</summary>
    public bool IsTeacher { get; private set; }

    [BindProperty(SupportsGet = true)]
    public StudentsShown Shown { get; set; } = StudentsShown.InSchool;

    [BindProperty(SupportsGet = true, Name = Pager.Parameter)]
    public int PageNumber { get; set; } = 1;

    public Paged<StudentListRow> Students { get; private set; } = Paged.Of<StudentListRow>([], 1);
    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    /// <summary>May admit a new student (the movement book's admission makes the card and gives the class).</summary>
    public bool CanAdmit { get; private set; }

    /// <summary>May make a card without a class.</summary>
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var year = await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct);
        var mine = await TeacherClasses.ForUserAsync(db, user.UserId, year?.Id, ct);
        IsTeacher = mine.IsTeacher;
        Mine = IsTeacher && ClassId is null && (Mine ?? true);
        var found = await find.HandleAsync(new FindStudents.Request(Query, ClassId, On, Shown, PageNumber, Mine == true ? mine.All : null), ct);
        if (found.Succeeded)
        {
            Students = found.Value.Students;
            On = found.Value.On;
        }
        else
        {
            this.Refused(found.Errors);
        }

        Classes = await ClassChoices.LoadAsync(db, ct: ct);
        var permissions = await resolver.GetAsync(ct);
        CanAdmit = permissions.Has(Permissions.MovementEdit);
        CanEdit = permissions.Has(Permissions.PeopleEdit);
    }

}
