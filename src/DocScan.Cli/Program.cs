using DocScan.Cli;

return await DocScanApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
