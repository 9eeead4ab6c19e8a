[assembly: AssemblyFixture(typeof(Parta.Web.Tests.Infrastructure.TestApps))]
