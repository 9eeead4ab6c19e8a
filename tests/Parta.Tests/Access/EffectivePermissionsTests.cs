using Parta.Access;

namespace Parta.Tests.Access;

public sealed class EffectivePermissionsTests
{
    [Fact]
    public void Combine_TeacherWithoutOverrides_GetsOwnJournalButNotRights()
    {
        var codes = EffectivePermissions.Combine([SchoolRole.Teacher], []);

        Assert.Contains(Permissions.JournalEditOwn, codes);
        Assert.DoesNotContain(Permissions.RightsManage, codes);
        Assert.DoesNotContain(Permissions.MovementEdit, codes);
    }

    [Fact]
    public void Combine_OverrideGrantsAndDenies_ForThatRoleOnly()
    {
        var overrides = new List<(SchoolRole, string, bool)>
        {
            (SchoolRole.Teacher, Permissions.MovementView, true),
            (SchoolRole.Teacher, Permissions.JournalEditOwn, false),
            (SchoolRole.Director, Permissions.RightsManage, true),
        };

        var teacher = EffectivePermissions.Combine([SchoolRole.Teacher], overrides);

        Assert.Contains(Permissions.MovementView, teacher);
        Assert.DoesNotContain(Permissions.JournalEditOwn, teacher);
        Assert.DoesNotContain(Permissions.RightsManage, teacher);
    }

    [Fact]
    public void Combine_TwoRoles_IsTheUnionOfBoth()
    {
        var deniedForTeacher = new List<(SchoolRole, string, bool)> { (SchoolRole.Teacher, Permissions.PeopleView, false) };

        var codes = EffectivePermissions.Combine([SchoolRole.Teacher, SchoolRole.DeputyDirector], deniedForTeacher);

        Assert.Contains(Permissions.PeopleView, codes); // the deputy director's default still grants it
        Assert.Contains(Permissions.ScheduleEdit, codes);
        Assert.Contains(Permissions.JournalEditOwn, codes);
    }

    [Fact]
    public void Defaults_EveryCodeIsKnown()
    {
        foreach (var role in SchoolRoles.All)
        {
            Assert.All(DefaultPermissions.For(role), code => Assert.True(Permissions.IsKnown(code), code));
        }
    }

    [Fact]
    public void Defaults_FamilyRolesSeeOnlyTheDiarySide()
    {
        foreach (var role in new[] { SchoolRole.Parent, SchoolRole.Student })
        {
            var codes = DefaultPermissions.For(role);
            Assert.Contains(Permissions.DiaryView, codes);
            Assert.DoesNotContain(Permissions.PeopleView, codes);
            Assert.DoesNotContain(Permissions.StudentCardView, codes);
            Assert.DoesNotContain(Permissions.AuditView, codes);
        }
    }
}
