using Microsoft.AspNetCore.Identity;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

public enum Gender
{
    Male = 1,
    Female = 2,
}

public static class GenderTitles
{
    public static string Title(this Gender? gender) => gender switch
    {
        Gender.Male => "мужской",
        Gender.Female => "женский",
        _ => "",
    };
}
