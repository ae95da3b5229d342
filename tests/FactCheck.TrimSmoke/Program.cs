using FactCheck;
using FactCheck.DependencyInjection;
using FactCheck.Reporting;
using FactCheck.Serialization;
using Microsoft.Extensions.DependencyInjection;

// Touches every part a trimmer could break: reading files, the engine and its rules, DI, and the report writers.
var document = new ClaimSetReader().ReadFiles(args);
var services = new ServiceCollection();
services.AddFactCheck();
var checker = services.BuildServiceProvider().GetRequiredService<IFactChecker>();
var report = checker.Check(document.ClaimSet);
Console.Write(ReportWriters.BuiltIn["json"].Write(report, new ReportContext { Document = document, Rules = checker.Rules }));
Console.WriteLine(report);
