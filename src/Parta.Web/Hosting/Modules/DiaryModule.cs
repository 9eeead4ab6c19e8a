using Parta.Access;
using Parta.Diary;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Diary module (электронный дневник): the family's read side of the journal — a student's week, marks by subject
/// with the rule of the period mark, period/year/final marks — on pages for a phone and over the API with ETags. Who
/// opens whose diary is <see cref="DiaryAccess"/>'s one rule.
/// </summary>
public static class DiaryModule
{
    /// <summary>The module's entry of the main navigation: the diary of the parent's children or of the student.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Дневник", "/Diary", Permissions.DiaryView),
    ];

    public static IServiceCollection AddDiaryModule(this IServiceCollection services)
    {
        services.AddScoped<DiaryAccess>().AddScoped<DiaryChildren>()
            .AddScoped<GetDiaryWeek>().AddScoped<GetStudentMarks>().AddScoped<GetDiaryHomeworkFile>();
        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
        // Any signed-in user reaches the pages; DiaryAccess decides whose diary opens (the family with diary.view, the
        // class teacher, the administration) and answers 404 to anyone else.
        pages.Page("/Diary/Index", read: PageAccess.SignedIn).Get("File", PageAccess.SignedIn);
        pages.Page("/Diary/Marks", read: PageAccess.SignedIn);
        pages.Page("/Diary/Final", read: PageAccess.SignedIn);
    }

    public static void MapDiaryModule(this IEndpointRouteBuilder app) => app.MapDiaryApi();
}
