using DocScan.Functions;
using DocScan.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// App settings reach the worker as environment variables: the rules file they name is read before the host starts.
var rules = await StorageServiceCollectionExtensions.LoadRulesAsync(new ConfigurationBuilder().AddEnvironmentVariables().Build(), CancellationToken.None);
var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) => services.AddDocScanFunctions(context.Configuration, rules))
    .Build();

await host.RunAsync();
