using System.Runtime.CompilerServices;

namespace Parta.Tests.Demo;

/// <summary>The switch that saves without audit rows is the demo generators' alone: product code never turns the history off.</summary>
public sealed class GeneratedDataSwitchTests
{
    [Fact]
    public void GeneratedDataWithoutAudit_IsSetOnlyByTheDemoGenerators()
    {
        var source = Path.Combine(RepositoryRoot(), "src");
        var setters = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("GeneratedDataWithoutAudit = true", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["Parta/Demo/DemoFinalMarks.cs", "Parta/Demo/DemoJournals.cs"], setters.Order(StringComparer.Ordinal));
    }

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
