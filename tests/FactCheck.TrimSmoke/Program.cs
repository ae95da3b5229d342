using FactCheck;
using FactCheck.Reporting;
using FactCheck.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Touches every part a trimmer could break: reading files, the engine and its rules, DI with options bound from
// configuration and validated at start, and the report writers.
var document = new ClaimSetReader().ReadFiles(args);
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection([new("FactCheck:Severity:FC009", "silent"), new("FactCheck:ApproximateTolerance", "0.1")])
    .Build();
var services = new ServiceCollection();
services.AddFactCheck(configuration.GetSection("FactCheck"));
using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
var checker = provider.GetRequiredService<IFactChecker>();
var report = checker.Check(document.ClaimSet);
Console.Write(ReportWriters.BuiltIn["json"].Write(report, new ReportContext { Document = document, Rules = checker.Rules }));
Console.WriteLine(report);
