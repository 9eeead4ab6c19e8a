using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Parta.Web.TagHelpers;

/// <summary>
/// Leaves out a form's error summary when there is nothing in it. The framework renders an empty summary with an item
/// hidden by an inline style, which the site's Content-Security-Policy (no inline styles) refuses — so an empty red box
/// showed above the form. It runs after the framework's own summary tag helper.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class EmptySummaryTagHelper : TagHelper
{
    /// <summary>After the framework's <c>ValidationSummaryTagHelper</c> (order -1000).</summary>
    public override int Order => 0;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ModelState.IsValid)
        {
            output.SuppressOutput();
        }
    }
}
