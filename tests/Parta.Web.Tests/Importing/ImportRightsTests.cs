using System.Net;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>People kinds need people.edit; the school's structure (classes, subjects, curriculum, assignments) also school.edit.</summary>
public sealed class ImportRightsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task DirectorGrantedPeopleEditOnly_ImportsStudentsButNotClasses(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.WithDbAsync(school.Id, async d =>
        {
            d.RolePermissionOverrides.Add(new RolePermissionOverride
            {
                SchoolId = school.Id, Role = SchoolRole.Director, Permission = Permissions.PeopleEdit, Granted = true,
            });
            await d.SaveChangesAsync();
        });
        var director = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Director));

        var page = await director.GetDocumentAsync("/Importing");
        var classesTemplate = await director.GetAsync("/Importing?handler=Template&kind=classes");
        var classesExport = await director.GetAsync("/Importing?handler=Export&kind=classes");
        var studentsExport = await director.GetAsync("/Importing?handler=Export&kind=students");
        var (classesPreview, _) = await director.PreviewAsync("classes", "классы.csv", Utf8Csv("Класс;Классный руководитель", "5А;"));

        var kinds = page.QuerySelectorAll("#Kind option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["Учащиеся и родители", "Сотрудники"], kinds);
        Assert.Equal(HttpStatusCode.Forbidden, classesTemplate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, classesExport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, studentsExport.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, classesPreview.StatusCode);
    }
}
