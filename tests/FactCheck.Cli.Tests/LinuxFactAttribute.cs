namespace FactCheck.Cli.Tests;

/// <summary>A fact about how the command uses Linux: skipped, saying so, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only: elsewhere the command uses the console's streams.";
    }
}
