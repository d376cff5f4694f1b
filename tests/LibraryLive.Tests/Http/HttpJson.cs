using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LibraryLive.Tests.Http;

internal static class HttpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Task<HttpResponseMessage> PostJson(
        this HttpClient http,
        string path,
        object body,
        string? studentId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body, options: Options),
        };
        if (studentId is not null)
        {
            request.Headers.Add("X-Student-Id", studentId);
        }

        return http.SendAsync(request);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Options);
}
