using System.Globalization;
using Parta.Printing;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Parta.Access;

/// <summary>One person's access letter: who, with which role, the login and the one-time password.</summary>
public sealed record AccessLetter(Guid UserId, string FullName, string RoleTitle, string Login, string Password);

/// <summary>
/// The printable access letters (PDF, one A4 page per person). Passwords are stored hashed, so the letters exist
/// only at the moment the passwords are made: at the accounts' creation or at a reset.
/// </summary>
public static class AccessLetters
{
    public static byte[] Render(string schoolName, string signInAddress, DateTime issuedAt, IReadOnlyList<AccessLetter> letters)
    {
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = "Письма с доступом к Parta";
        var title = new XFont(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
        var text = new XFont(DejaVuFontResolver.Family, 11, XFontStyleEx.Regular);
        var label = new XFont(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
        var secret = new XFont(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
        foreach (var letter in letters)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            var formatter = new XTextFormatter(gfx);
            const double left = 60;
            var width = page.Width.Point - 2 * left;
            double y = 60;

            formatter.DrawString(schoolName, text, XBrushes.Black, new XRect(left, y, width, 40));
            y += 50;
            gfx.DrawString("Доступ к электронному журналу и дневнику", title, XBrushes.Black, new XPoint(left, y));
            y += 40;
            Line("Кому:", $"{letter.FullName} ({letter.RoleTitle})");
            Line("Адрес для входа:", signInAddress);
            y += 10;
            gfx.DrawString("Логин:", label, XBrushes.Black, new XPoint(left, y));
            gfx.DrawString(letter.Login, secret, XBrushes.Black, new XPoint(left + 170, y));
            y += 30;
            gfx.DrawString("Пароль:", label, XBrushes.Black, new XPoint(left, y));
            gfx.DrawString(letter.Password, secret, XBrushes.Black, new XPoint(left + 170, y));
            y += 40;
            formatter.DrawString(
                "Как войти: откройте адрес для входа в браузере, введите логин и пароль из этого письма. "
                + "Пароль одноразовый: при первом входе система попросит придумать новый пароль длиной не меньше "
                + $"{CommonPasswordValidator.MinimumLength} символов. Никому не сообщайте свой пароль и не оставляйте это письмо "
                + "на виду. Если письмо потерялось или пароль забыт, обратитесь к координатору школы: он выдаст новое письмо.",
                text, XBrushes.Black, new XRect(left, y, width, 140));
            y += 150;
            gfx.DrawString("Выдано " + issuedAt.ToString("dd.MM.yyyy", CultureInfo.GetCultureInfo("ru-RU")), text, XBrushes.Gray,
                new XPoint(left, y));

            void Line(string caption, string value)
            {
                gfx.DrawString(caption, label, XBrushes.Black, new XPoint(left, y));
                formatter.DrawString(value, text, XBrushes.Black, new XRect(left + 170, y - 11, width - 170, 40));
                y += 25;
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
