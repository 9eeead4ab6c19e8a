using Parta.Organisation;

namespace Parta.Tests.Organisation;

public sealed class ClassOrderTests
{
    [Fact]
    public void Sort_ClassesAndGroups_ByGradeThenLetterWithGroupsAfterTheirClass()
    {
        string[] names = ["10Б англ. 2", "11Б англ. 2", "2В", "4А", "10А", "10Б", "11А", "7В", "8А", "10Б англ. 1", "Кружок шахмат", "1Ё", "1Е"];

        var sorted = names.Order(ClassOrder.Instance).ToList();

        Assert.Equal(["1Е", "1Ё", "2В", "4А", "7В", "8А", "10А", "10Б", "10Б англ. 1", "10Б англ. 2", "11А", "11Б англ. 2", "Кружок шахмат"], sorted);
    }
}
