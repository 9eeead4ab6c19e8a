using Microsoft.AspNetCore.Identity;

namespace Parta.Access;

/// <summary>
/// Length over composition (NIST SP 800-63B): Identity demands the length; this refuses the passwords
/// that are tried first by anyone guessing, and a password equal to the login or the name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const int MinimumLength = 8;

    private static readonly HashSet<string> Common = new(
    [
        "12345678", "123456789", "1234567890", "0987654321", "87654321", "11111111", "00000000", "12341234",
        "11223344", "12121212", "123123123", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "qwertyui", "qwertyuiop",
        "qwerty123", "qwerty12", "q1w2e3r4", "zaq12wsx", "asdfghjk", "asdfghjkl", "zxcvbnm1", "password",
        "password1", "password123", "passw0rd", "p@ssw0rd", "iloveyou", "sunshine", "princess", "football",
        "baseball", "superman", "starwars", "whatever", "trustno1", "dragon12", "monkey12", "letmein1",
        "welcome1", "abcd1234", "abc12345", "a1b2c3d4", "aa123456", "qazwsxedc", "michael1", "jennifer",
        "computer", "internet", "samsung1", "nokia123", "marina12", "natasha1", "svetlana", "tatyana1",
        "vladimir", "aleksandr", "alexander", "dmitriy1", "sergey12", "andrey12", "maksim12", "zvezda12",
        "parol123", "parol1234", "privet123", "schkola1", "shkola12", "school12", "school123", "uchitel1",
        "йцукенгш", "йцукенгшщз", "пароль123", "пароль12", "привет123", "qwerty1234", "123qweasd",
        "123qweasdzxc", "1234qwer", "qwer1234", "1111aaaa", "22222222", "33333333", "55555555", "77777777",
        "88888888", "99999999", "66666666", "44444444", "123654789", "147258369", "159753456", "741852963",
        "12344321", "01012000", "01011990", "31121999", "11111111a", "changeme", "default1", "master12",
    ], StringComparer.OrdinalIgnoreCase);

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Этот пароль слишком распространён: его подбирают первым. Выберите другой.",
            }));
        }

        if (string.Equals(password, user.UserName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(password, user.LastName, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordIsLogin",
                Description = "Пароль не должен совпадать с логином или фамилией.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) =>
        Common.Contains(password) || password.Distinct().Count() <= 2;
}

/// <summary>Identity's messages in Russian: they are shown on the pages as they are.</summary>
public sealed class RussianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Пароль должен быть не короче {length} символов." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Неверный текущий пароль." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Логин «{userName}» уже занят." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Логин «{userName}» недопустим: используйте латинские буквы, цифры, точку, дефис и подчёркивание." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"В пароле должно быть не меньше {uniqueChars} разных символов." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Не удалось выполнить операцию." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Запись изменена другим пользователем. Обновите страницу." };
}
