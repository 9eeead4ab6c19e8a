using Parta.Access;

namespace Parta.Tests.Access;

public sealed class PersonNameTests
{
    [Fact]
    public void Full_WithPatronymic_IsLastFirstMiddle() =>
        Assert.Equal("Щербаков Пётр Ильич", PersonName.Full("Щербаков", "Пётр", "Ильич"));

    [Fact]
    public void Full_WithoutPatronymic_HasNoTrailingSpace() =>
        Assert.Equal("Ли Анна", PersonName.Full("Ли", "Анна", null));

    [Fact]
    public void WithInitials_KeepsYo() =>
        Assert.Equal("Ёлкин М. С.", PersonName.WithInitials("Ёлкин", "Михаил", "Сергеевич"));
}
