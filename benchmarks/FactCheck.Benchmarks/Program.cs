using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>compare 100000 1000000 …</c> runs the side-by-side comparison; anything else goes to BenchmarkDotNet
    /// (<c>--filter *Check*</c>, <c>--list flat</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "compare") return ComparisonRun.Run(args[1..]);
        if (args.Length > 0 && args[0] == "generate") return GenerateCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "profile") return ProfileCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "load") return LoadCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "fuzz") return FuzzCommand.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
