using System.Diagnostics;

namespace FactCheck.Cli.Tests;

/// <summary>
/// Debian's chromium, found on PATH, to render reports as a reader's browser does. Tests that need it are
/// <see cref="ChromiumFactAttribute"/>s: skipped, with the reason, where no browser can be had.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser's path, or null.</summary>
    internal static string? Path { get; } = Find();

    /// <summary>Why browser tests are skipped, or null when they run.</summary>
    internal static string? SkipReason { get; } = Path is not null ? null
        : Environment.GetEnvironmentVariable("CI") == "true"
            ? "CI=true but no chromium is on PATH: .ci/run installs it with 'apt-get install -y chromium' when it is missing; that step failed (no apt-get, no root, or no network). Install chromium to run the browser tests."
            : "No chromium on PATH (looked for " + string.Join(", ", Names) + "); install it (Debian: apt-get install -y chromium) to render the HTML report in a browser.";

    /// <summary>Takes a screenshot of <paramref name="page"/> at <paramref name="width"/> × <paramref name="height"/> CSS pixels.</summary>
    internal static byte[] Screenshot(string page, int width, int height)
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-chromium-").FullName;
        try
        {
            var png = System.IO.Path.Combine(directory, "page.png");
            var start = new ProcessStartInfo(Path!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--force-device-scale-factor=1", $"--user-data-dir={System.IO.Path.Combine(directory, "profile")}",
                $"--window-size={width},{height}", $"--screenshot={png}", new Uri(System.IO.Path.GetFullPath(page)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish the screenshot in 90 s.");
            }
            if (!File.Exists(png)) throw new InvalidOperationException($"chromium wrote no screenshot (exit {process.ExitCode}): {errors.Result}");
            return File.ReadAllBytes(png);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = System.IO.Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

/// <summary>A fact that needs a browser: skipped, saying why, when chromium is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
            if (Environment.GetEnvironmentVariable("CI") == "true") Console.Error.WriteLine("factcheck tests: browser test skipped: " + reason);
        }
    }
}
