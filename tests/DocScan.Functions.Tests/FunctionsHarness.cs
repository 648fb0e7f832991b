using System.Text;
using Azure.Storage.Blobs;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Functions.Tests;

/// <summary>The function classes as the worker builds them (same registration, settings as app settings), on containers of their own in Azurite.</summary>
internal sealed class FunctionsHarness
{
    private readonly ServiceProvider _provider;

    private FunctionsHarness(ServiceProvider provider, ContainerNames containers)
    {
        _provider = provider;
        Containers = containers;
    }

    public ContainerNames Containers { get; }

    public BlobServiceClient Service => _provider.GetRequiredService<BlobServiceClient>();

    public static async Task<FunctionsHarness> CreateAsync(AzuriteFixture azurite, bool trustUploaderHeader = true)
    {
        var containers = await azurite.CreateContainersAsync();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocScanStorage"] = azurite.ConnectionString,
            ["DocScan:Containers:Outbound"] = containers.Outbound,
            ["DocScan:Containers:Reports"] = containers.Reports,
            ["DocScan:Containers:Released"] = containers.Released,
            ["DocScan:Containers:Review"] = containers.Review,
            ["DocScan:Containers:Quarantine"] = containers.Quarantine,
            ["DocScan:Containers:Audit"] = containers.Audit,
            ["DocScan:Containers:Rules"] = containers.Rules,
            ["DocScan:SweepMinimumAge"] = "00:00:00",
            ["DocScan:Upload:TrustUploaderHeader"] = trustUploaderHeader ? "true" : "false",
            ["DocScan:Upload:DefaultWait"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDocScanFunctions(settings, await StorageServiceCollectionExtensions.LoadRulesAsync(settings, CancellationToken.None));
        return new FunctionsHarness(services.BuildServiceProvider(), containers);
    }

    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_provider);

    /// <summary>A service as the app registers it (the one instance the functions share).</summary>
    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public BlobContainerClient Container(string name) => Service.GetBlobContainerClient(name);

    public Task<List<string>> ListAsync(string container) => Container(container).CopyNamesAsync();

    /// <summary>Every blob in the container, drafts included.</summary>
    public Task<List<string>> ListAllAsync(string container) => Container(container).NamesAsync();

    public async Task<string> TextAsync(string container, string name) =>
        (await Container(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    public static HttpRequest Post(byte[] body, string query, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/documents";
        context.Request.QueryString = new QueryString(query);
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        context.Request.ContentType = "application/octet-stream";
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context.Request;
    }

    public static async Task<HttpRequest> PostFormAsync(byte[] file, string fileName, params (string Name, string Value)[] headers)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", fileName);
        var body = new MemoryStream();
        await form.CopyToAsync(body);
        var request = Post(body.ToArray(), "?wait=0", headers);
        request.ContentType = form.Headers.ContentType!.ToString();
        return request;
    }

    public static HttpRequest Get(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        return context.Request;
    }

    /// <summary>What platform authentication passes for an Entra ID user with app roles.</summary>
    public static string ClientPrincipal(string userName, params string[] roles) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $$"""{"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"preferred_username","val":"{{userName}}"}{{string.Concat(roles.Select(r => $$""",{"typ":"roles","val":"{{r}}"}"""))}}]}"""));

    /// <summary>The <c>x-ms-client-principal</c> header platform authentication sends: base64 JSON of the token's claims.</summary>
    public static string ClientPrincipal(string userName) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $$"""{"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"name","val":"陳美玲"},{"typ":"preferred_username","val":"{{userName}}"}]}"""));
}
