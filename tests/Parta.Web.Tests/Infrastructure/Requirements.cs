namespace Parta.Web.Tests.Infrastructure;

/// <summary>
/// Tests that need a tool of the machine (PostgreSQL binaries, Chromium) skip with a reason when it is missing,
/// except under <c>PARTA_REQUIRE_ALL=1</c> (CI), where a missing tool fails the test.
/// </summary>
public static class Requirements
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("PARTA_REQUIRE_ALL") == "1";

    public static void SkipOrFailWhenMissing(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (RequireAll)
        {
            Assert.Fail($"{reason} (PARTA_REQUIRE_ALL=1: nothing may be skipped)");
        }

        Assert.Skip(reason);
    }
}
