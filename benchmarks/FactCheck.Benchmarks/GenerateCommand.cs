using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary><c>generate COUNT PATH [--seed N]</c>: writes a generated claim set to a file, for the command and for others' tools.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: generate COUNT PATH [--seed N]");
            return 2;
        }
        var count = Arguments.Count(args[0], "The count");
        var seed = args.Length > 3 && args[2] == "--seed" ? Arguments.Seed(args[3], "--seed") : 20200909;
        var generated = ClaimSetGenerator.Generate(count, seed);
        ClaimSetFiles.Save(generated.Claims, args[1]);
        Console.WriteLine($"{generated.Claims.Claims.Count:N0} claims, {generated.Expected.Count:N0} injected findings, {new FileInfo(args[1]).Length / 1e6:N0} MB: {args[1]}");
        return 0;
    }
}
