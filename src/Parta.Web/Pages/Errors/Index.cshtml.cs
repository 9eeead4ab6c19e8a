using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Parta.Web.Pages.Errors;

/// <summary>Error pages in Russian, without technical details.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        403 => "Нет доступа",
        404 => "Страница не найдена",
        400 => "Неверный запрос",
        429 => "Слишком много запросов",
        _ => "Что-то пошло не так",
    };

    public string Explanation => Code switch
    {
        403 => "У вас нет прав на эту страницу. Если они нужны для работы, обратитесь к координатору школы.",
        404 => "Такой страницы нет, или она вам недоступна. Проверьте адрес или вернитесь на главную.",
        400 => "Запрос не удалось обработать. Обновите страницу и попробуйте снова.",
        429 => "Подождите минуту и попробуйте снова.",
        _ => "На сервере произошла ошибка. Мы уже записали её; попробуйте повторить действие позже.",
    };

    public void OnGet(int code) => Code = code is >= 400 and < 600 ? code : 500;

    public void OnPost(int code) => OnGet(code);
}
