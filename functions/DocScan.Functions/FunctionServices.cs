using DocScan.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Functions;

public static class FunctionServices
{
    /// <summary>Everything the functions take in their constructors, from the app settings.</summary>
    public static IServiceCollection AddDocScanFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDocScanStorage(configuration);
        services.AddSingleton(UploadOptions.From(configuration));
        return services;
    }
}
