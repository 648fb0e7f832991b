using DocScan.Functions;
using Microsoft.Extensions.Hosting;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) => services.AddDocScanFunctions(context.Configuration))
    .Build();

await host.RunAsync();
