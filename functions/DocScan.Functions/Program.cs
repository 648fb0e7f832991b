using DocScan.Functions;
using DocScan.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) =>
    {
        services.AddDocScanStorage(context.Configuration);
        services.AddSingleton(UploadOptions.From(context.Configuration));
    })
    .Build();

await host.RunAsync();
