using DocScan.Core.Rules;
using DocScan.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Functions;

public static class FunctionServices
{
    /// <summary>Everything the functions take in their constructors, from the app settings.</summary>
    /// <param name="rules">The agency's rules file, loaded at start-up.</param>
    public static IServiceCollection AddDocScanFunctions(this IServiceCollection services, IConfiguration configuration, ScanRules rules) =>
        services.AddDocScanWeb(configuration, rules);
}
