using DocScan.Core.Rules;
using DocScan.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>The storage services and the HTTP endpoints over them, as both hosts use them.</summary>
    /// <param name="rules">The agency's rules file, loaded by the host at start-up.</param>
    public static IServiceCollection AddDocScanWeb(this IServiceCollection services, IConfiguration configuration, ScanRules rules)
    {
        services.AddDocScanStorage(configuration, rules);
        services.AddSingleton(UploadOptions.From(configuration));
        services.AddSingleton<ReviewHttp>();
        services.AddSingleton<UploadHttp>();
        return services;
    }
}
