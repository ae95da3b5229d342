using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>
/// Progress for long runs on a terminal: a spinner on the error stream naming the step (reading, checking, writing).
/// Never when either stream is redirected or in CI (<c>CI</c> set), where it would only add noise to logs, and not for
/// small inputs, where it would only flicker.
/// </summary>
internal sealed class CheckProgress
{
    /// <summary>The input size from which a run counts as long.</summary>
    internal const long LongRunBytes = 4 << 20;

    private readonly IAnsiConsole? console;

    private CheckProgress(IAnsiConsole? console) => this.console = console;

    internal static CheckProgress None { get; } = new(null);

    /// <summary>
    /// Progress for this process when <see cref="Shows"/> says so for <paramref name="interactive"/> (standard output is a
    /// terminal), its error stream and its environment; otherwise none.
    /// </summary>
    internal static CheckProgress For(bool interactive, long inputBytes) =>
        Shows(interactive, Console.IsErrorRedirected, !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), inputBytes)
            ? new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes }))
            : None;

    /// <summary>
    /// Whether a run shows progress: when standard output is a terminal (<paramref name="interactive"/>), the error stream
    /// is not redirected, it is not in CI, and its <paramref name="inputBytes"/> bytes of input (<see cref="InputSize"/>:
    /// the claim files, <c>--known</c> and the articles) are at least <see cref="LongRunBytes"/>.
    /// </summary>
    internal static bool Shows(bool interactive, bool errorRedirected, bool ci, long inputBytes) =>
        interactive && !errorRedirected && !ci && inputBytes >= LongRunBytes;

    /// <summary>Runs <paramref name="work"/> with a spinner saying <paramref name="step"/>, when progress is shown.</summary>
    internal T Step<T>(string step, Func<T> work) =>
        console is null ? work() : console.Status().Spinner(Spinner.Known.Dots).Start(step, _ => work());

    /// <summary>Runs <paramref name="work"/> with a spinner saying <paramref name="step"/>, when progress is shown.</summary>
    internal void Step(string step, Action work) => Step(step, () =>
    {
        work();
        return true;
    });
}
