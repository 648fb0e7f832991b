using DocScan.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>The storage services and the HTTP endpoints over them, as both hosts use them.</summary>
    public static IServiceCollection AddDocScanWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDocScanStorage(configuration);
        services.AddSingleton(UploadOptions.From(configuration));
        services.AddSingleton<ReviewHttp>();
        services.AddSingleton<UploadHttp>();
        return services;
    }
}
