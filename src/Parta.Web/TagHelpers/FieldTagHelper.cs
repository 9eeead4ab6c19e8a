using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Parta.Web.TagHelpers;

/// <summary>
/// One field of a form as every form shows it: the label, the input and the message next to it —
/// <c>&lt;field asp-for="LastName" class="col-md-4 mb-3" /&gt;</c>, with <c>type="date"</c> (or another input type)
/// where needed. It runs the framework's own label, input and validation-message tag helpers, so names, ids, values
/// and formats are exactly theirs; only the skeleton that every form repeated lives here once.
/// </summary>
[HtmlTargetElement("field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The input's type (<c>date</c>, <c>number</c>, <c>email</c>, <c>tel</c> …); by default the framework's choice.</summary>
    [HtmlAttributeName("type")]
    public string? InputType { get; set; }

    /// <summary>A short help text under the input.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!output.Attributes.ContainsName("class"))
        {
            output.Attributes.SetAttribute("class", "mb-3");
        }

        output.Content.AppendHtml(await RunAsync(
            new LabelTagHelper(generator) { For = For, ViewContext = ViewContext }, "label", context, ("class", "form-label")));
        var input = new InputTagHelper(generator) { For = For, ViewContext = ViewContext, InputTypeName = InputType };
        var inputAttributes = new List<(string, string)> { ("class", "form-control") };
        if (InputType is not null)
        {
            inputAttributes.Add(("type", InputType));
        }

        if (Hint is not null)
        {
            inputAttributes.Add(("aria-describedby", HintId));
        }

        output.Content.AppendHtml(await RunAsync(input, "input", context, [.. inputAttributes]));
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<div id=\"{HintId}\" class=\"form-text\">");
            output.Content.Append(Hint);
            output.Content.AppendHtml("</div>");
        }

        output.Content.AppendHtml(await RunAsync(
            new ValidationMessageTagHelper(generator) { For = For, ViewContext = ViewContext }, "span", context, ("class", "text-danger small")));
    }

    private string HintId => TagBuilder.CreateSanitizedId(For.Name, "_") + "-hint";

    /// <summary>Runs one of the framework's tag helpers on an element of its own and gives back the element it wrote.</summary>
    private static async Task<TagHelperOutput> RunAsync(ITagHelper helper, string tagName, TagHelperContext outer, params (string Name, string Value)[] attributes)
    {
        var list = new TagHelperAttributeList(attributes.Select(a => new TagHelperAttribute(a.Name, a.Value)));
        var context = new TagHelperContext(tagName, list, new Dictionary<object, object>(), outer.UniqueId + tagName);
        var output = new TagHelperOutput(tagName, new TagHelperAttributeList(list), (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = tagName == "input" ? TagMode.SelfClosing : TagMode.StartTagAndEndTag,
        };
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        return output;
    }
}
