using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Api;

/// <summary>
/// Every write route of the API, read from its own OpenAPI document, gets many bodies no client should send: not JSON,
/// wrong types, nulls, a megabyte of text, control characters, dates and numbers off the scale, values no enum has.
/// None may answer 5xx; every refusal is problem details with a Russian title; a refused request stores nothing.
/// A route added later is swept without touching this test.
/// </summary>
public sealed partial class BadInputSweepTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryWriteRoute_BadBodies_NeverA5xxAndNothingStored(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var (classId, studentId) = await app.CreateStudentAsync(school, "Проверочная", enrolled: false);
        var knownIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["schoolId"] = school.Id.ToString(), ["classId"] = classId.ToString(), ["studentId"] = studentId.ToString(),
        };
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var routes = WriteRoutes(document).ToList();
        Assert.NotEmpty(routes);

        var failures = new StringBuilder();
        var sent = 0;
        foreach (var (method, path, schema) in routes)
        {
            var url = PathParameter().Replace(path, m => knownIds.GetValueOrDefault(m.Groups[1].Value) ?? Guid.NewGuid().ToString());
            foreach (var (what, body) in BadBodies(document, schema, knownIds))
            {
                var before = await StoredAsync(app, school);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await api.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{method} {path} with {what}: {status}");
                    continue;
                }

                if (status < 400)
                {
                    continue;
                }

                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                    || !Cyrillic().IsMatch((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? ""))
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{method} {path} with {what}: {status} without a Russian problem title");
                }

                if (await StoredAsync(app, school) != before)
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{method} {path} with {what}: refused with {status} but something was stored");
                }
            }
        }

        Assert.True(failures.Length == 0, $"{sent} bad requests sent; these misbehaved:\n{failures}");
    }

    /// <summary>What any write leaves behind in the school: its rows in the audit history (written with every change).</summary>
    private static Task<int> StoredAsync(PartaAppFactory app, TestSchool school) =>
        app.WithDbAsync(null, d => d.AuditEntries.CountAsync(a => a.SchoolId == school.Id || a.SchoolId == null));

    private static IEnumerable<(string Method, string Path, JsonNode? Schema)> WriteRoutes(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "post" or "put" or "patch" or "delete")
                {
                    yield return (method.ToUpperInvariant(), path, operation?["requestBody"]?["content"]?["application/json"]?["schema"]);
                }
            }
        }
    }

    /// <summary>Bodies that are not JSON at all, then, for each property, a plausible body with that one property made bad.</summary>
    private static IEnumerable<(string What, string Body)> BadBodies(JsonNode document, JsonNode? schema, Dictionary<string, string> knownIds)
    {
        foreach (var raw in new[] { "", "{", "null", "[]", "\"текст\"", "12345", "{\"a\":", "{\"\u0000\":1}", new string('[', 5000) })
        {
            yield return ($"raw «{Shorten(raw)}»", raw);
        }

        var properties = Properties(document, schema);
        var plausible = Plausible(document, properties, knownIds);
        yield return ("{}", "{}");
        yield return ("a plausible body", plausible.ToJsonString());
        foreach (var (name, property) in properties)
        {
            foreach (var (what, bad) in BadValues(document, property))
            {
                var body = plausible.DeepClone().AsObject();
                body[name] = bad;
                yield return ($"{name} = {what}", body.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string What, JsonNode? Value)> BadValues(JsonNode document, JsonNode property)
    {
        yield return ("null", null);
        yield return ("a number", 1e308);
        yield return ("a negative number", -2147483649L);
        yield return ("true", true);
        yield return ("an object", new JsonObject { ["x"] = 1 });
        yield return ("an array", new JsonArray(1, 2, 3));
        yield return ("a megabyte of text", new string('ж', 500_000));
        yield return ("control characters", "a\u0000b\u001b[31mc\r\nd\u007f");
        yield return ("the end of the calendar", "9999-12-31");
        yield return ("the start of the calendar", "0001-01-01");
        yield return ("a day that does not exist", "2026-02-30");
        yield return ("an enum's number", "999");
        yield return ("two enum values", "moving,other");
        yield return ("emoji and right-to-left marks", "😀\u202eabc");
        if (Properties(document, property) is { Count: > 0 } nested)
        {
            foreach (var (name, inner) in nested)
            {
                foreach (var (what, value) in BadValues(document, inner).Where(v => v.What is "a megabyte of text" or "control characters" or "the end of the calendar" or "a number"))
                {
                    yield return ($"{{ {name} = {what} }}", new JsonObject { [name] = value?.DeepClone() });
                }
            }
        }
    }

    /// <summary>A body whose values are of the right types, so that a bad one is checked by the rules rather than by the parser.</summary>
    private static JsonObject Plausible(JsonNode document, IReadOnlyList<(string Name, JsonNode Schema)> properties, Dictionary<string, string> knownIds)
    {
        var body = new JsonObject();
        foreach (var (name, property) in properties)
        {
            var type = TypeOf(property);
            var format = property["format"]?.GetValue<string>();
            body[name] = format switch
            {
                "uuid" => knownIds.GetValueOrDefault(name) ?? Guid.NewGuid().ToString(),
                "date" => "2026-11-02",
                "date-time" => "2026-11-02T10:00:00Z",
                _ => type switch
                {
                    "integer" or "number" => 1,
                    "boolean" => false,
                    "object" => Plausible(document, Properties(document, property), knownIds),
                    _ => name == "kind" ? "admission" : "проверка",
                },
            };
        }

        return body;
    }

    private static List<(string Name, JsonNode Schema)> Properties(JsonNode document, JsonNode? schema)
    {
        schema = Resolve(document, schema);
        if (schema?["properties"] is not JsonObject properties)
        {
            return [];
        }

        return properties.Select(p => (p.Key, Resolve(document, p.Value)!)).Where(p => p.Item2 is not null).ToList();
    }

    /// <summary>Follows a $ref, and takes the non-null branch of a nullable's oneOf/anyOf.</summary>
    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var i = 0; i < 5 && schema is not null; i++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = document["components"]!["schemas"]![reference.Split('/')[^1]];
            }
            else if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray options)
            {
                schema = options.FirstOrDefault(o => TypeOf(Resolve(document, o)) != "null");
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => a.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema?["properties"] is not null ? "object" : null,
    };

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
