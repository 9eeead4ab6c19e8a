using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Parta.Access;

namespace Parta.Tests.Access;

public sealed partial class PermissionsTests
{
    [Fact]
    public void InUse_IsExactlyThePermissionsTheCodeChecks()
    {
        var constants = typeof(Permissions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
        var source = Path.Combine(RepositoryRoot(), "src");
        var named = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "Permissions.cs")
            .SelectMany(f => PermissionReference().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(constants.ContainsKey)
            .Select(name => constants[name])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(named.Order(StringComparer.Ordinal), Permissions.InUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InUse_AreAllKnown_AndLeaveTheModulesStillToComeOut()
    {
        Assert.All(Permissions.InUse, code => Assert.True(Permissions.IsKnown(code), code));
        Assert.DoesNotContain(Permissions.MessagesSend, Permissions.InUse);
    }

    [Fact]
    public void SchoolPermissions_AreThoseInUse_WithoutTheDeploymentsOwn()
    {
        var codes = GetRightsMatrix.SchoolPermissions.Select(p => p.Code).ToList();

        Assert.Equal(Permissions.InUse.Where(c => c != Permissions.SchoolsManage).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\bPermissions\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex PermissionReference();

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Parta.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Parta.slnx) was not found above " + here);
    }
}
