using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

public static class Program
{
    /// <summary>The commands and their arguments; benchmarks/README.md says what each measures.</summary>
    internal const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/FactCheck.Benchmarks -- COMMAND …
          compare [SIZE …] [--file PATH] [--budget SECONDS] [--pairwise-max N] [--load-max N] [--repeat N] [--tool PATH | --no-tool] [--idle SECONDS]
          generate COUNT PATH [--seed N]
          profile COUNT|PATH [--repeat N] [--rule ID] [--allocations]
          load COUNT|PATH [--repeat N] [--allocations] [--scope]
          fuzz [COUNT] [--seed N]
          anything else goes to BenchmarkDotNet, e.g. --filter "*CheckBenchmarks*" or --list flat
        """;

    /// <summary>
    /// <c>compare 100000 1000000 …</c> runs the side-by-side comparison; anything else goes to BenchmarkDotNet
    /// (<c>--filter *Check*</c>, <c>--list flat</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args is ["--help" or "-h" or "-?" or "help"] || (args.Length > 1 && args[0] is "compare" or "generate" or "profile" or "load" or "fuzz" && args[1..].Any(a => a is "--help" or "-h" or "-?")))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        try
        {
            if (args.Length > 0 && args[0] == "compare") return ComparisonRun.Run(args[1..]);
            if (args.Length > 0 && args[0] == "generate") return GenerateCommand.Run(args[1..]);
            if (args.Length > 0 && args[0] == "profile") return ProfileCommand.Run(args[1..]);
            if (args.Length > 0 && args[0] == "load") return LoadCommand.Run(args[1..]);
            if (args.Length > 0 && args[0] == "fuzz") return FuzzCommand.Run(args[1..]);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"{args[0]}: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
