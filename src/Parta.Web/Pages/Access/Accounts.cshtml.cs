using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Access;

/// <summary>
/// Учётные записи: logins in bulk for a class or the whole school, password resets and blocking access to the school.
/// New passwords exist only in the access letters (PDF) returned at the moment they are made.
/// </summary>
public sealed class AccountsModel(
    PartaDbContext db, GetAccounts getAccounts, CreateAccounts create, ResetPasswords reset, SetSchoolAccess access,
    IssueJoinCode joinCodes, SignedInUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty]
    public bool ForStudents { get; set; } = true;

    [BindProperty]
    public bool ForGuardians { get; set; } = true;

    [BindProperty]
    public bool ForStaff { get; set; }

    [BindProperty]
    public SchoolRole StaffRole { get; set; } = SchoolRole.Teacher;

    [BindProperty]
    public List<Guid> UserIds { get; set; } = [];

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>A join code just made: shown once on this response and never again (only its hash is kept).</summary>
    public IssuedJoinCode? Issued { get; private set; }

    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    /// <summary>The class the page last showed to this browser («all» for the whole school).</summary>
    public const string RememberedClassCookie = "parta.accounts.class";

    /// <summary>
    /// Opens on one class, not on the whole school's hundreds of logins: the class chosen last time (remembered in this
    /// browser), else the first class. Choosing a class, or «Вся школа», is remembered for the next visit.
    /// </summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Classes = await ClassChoices.LoadAsync(db, ct: ct);
        if (Request.Query.ContainsKey("classId"))
        {
            Response.Cookies.Append(RememberedClassCookie, ClassId?.ToString() ?? "all", new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/Access/Accounts", MaxAge = TimeSpan.FromDays(180),
            });
        }
        else
        {
            var remembered = Request.Cookies[RememberedClassCookie];
            ClassId = remembered == "all" ? null
                : Guid.TryParse(remembered, out var id) && Classes.Any(c => c.Id == id) ? id
                : Classes.Count > 0 ? Classes[0].Id : null;
        }

        Accounts = await getAccounts.HandleAsync(new GetAccounts.Request(ClassId), ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await create.HandleAsync(new CreateAccounts.Request(ClassId, ForStudents, ForGuardians, ForStaff, StaffRole), ct);
        return await LettersOrPageAsync(result, "uchetnye-zapisi", ct);
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var result = await reset.HandleAsync(new ResetPasswords.Request(UserIds), ct);
        return await LettersOrPageAsync(result, "novye-paroli", ct);
    }

    public async Task<IActionResult> OnPostResetParentsAsync(CancellationToken ct)
    {
        if (ClassId is null)
        {
            ModelState.AddModelError("", "Выберите класс.");
            await LoadAsync(ct);
            return Page();
        }

        var result = await reset.HandleAsync(new ResetPasswords.Request([], ClassId), ct);
        return await LettersOrPageAsync(result, "novye-paroli-roditeley", ct);
    }

    /// <summary>A join code for a parent or staff member who already has a Parta login (in another school).</summary>
    public async Task<IActionResult> OnPostJoinCodeAsync(PersonKind kind, Guid personId, CancellationToken ct)
    {
        var result = await joinCodes.HandleAsync(new IssueJoinCode.Request(kind, personId), ct);
        if (this.Refused(result) is { } status)
        {
            return status;
        }

        Issued = result.Succeeded ? result.Value : null;
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostBlockAsync(Guid userId, CancellationToken ct) => SetAccessAsync(userId, true, ct);

    public Task<IActionResult> OnPostUnblockAsync(Guid userId, CancellationToken ct) => SetAccessAsync(userId, false, ct);

    private async Task<IActionResult> SetAccessAsync(Guid userId, bool blocked, CancellationToken ct)
    {
        var result = await access.HandleAsync(new SetSchoolAccess.Request(userId, blocked), ct);
        if (this.Refused(result) is { } status)
        {
            return status;
        }

        if (!result.Succeeded)
        {
            await LoadAsync(ct);
            return Page();
        }

        this.Tell(blocked
            ? "Доступ к школе заблокирован. В других школах, если они есть, учётная запись действует."
            : "Доступ к школе открыт.");
        return Redirect(ClassId is { } c ? $"/Access/Accounts?classId={c}" : "/Access/Accounts");
    }

    private async Task<IActionResult> LettersOrPageAsync(Result<IReadOnlyList<AccessLetter>> result, string fileName, CancellationToken ct)
    {
        if (this.Refused(result) is { } status)
        {
            return status;
        }

        if (!result.Succeeded)
        {
            await LoadAsync(ct);
            return Page();
        }

        var pdf = AccessLetters.Render(
            me.CurrentSchool?.Name ?? "", $"{Request.Scheme}://{Request.Host}/Account/Login", time.GetUtcNow().UtcDateTime, result.Value);
        return File(pdf, "application/pdf", $"{fileName}-{time.GetUtcNow():yyyyMMdd-HHmm}.pdf");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await getAccounts.HandleAsync(new GetAccounts.Request(ClassId), ct);
        Classes = await ClassChoices.LoadAsync(db, ct: ct);
    }
}
