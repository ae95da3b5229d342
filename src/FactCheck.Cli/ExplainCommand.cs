using System.CommandLine;
using FactCheck.Rules;

namespace FactCheck.Cli;

/// <summary><c>factcheck explain FC002</c>: a rule's help text, with its example.</summary>
internal static class ExplainCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The rule id, e.g. FC002." };
        var command = new Command("explain", "Explains a rule, with an example claim set and the finding it gives.") { id };
        command.SetAction(parsed =>
        {
            var requested = parsed.GetValue(id)!;
            if (BuiltInRules.Find(requested) is not { } rule)
            {
                error.WriteLine($"factcheck: there is no rule '{requested}'; 'factcheck rules' lists them.");
                return ExitCodes.Invalid;
            }
            output.WriteLine($"{rule.Id} {rule.Name} (default severity: {SeverityText.Of(rule.DefaultSeverity)})");
            output.WriteLine();
            output.WriteLine(rule.Summary);
            output.WriteLine();
            output.WriteLine(rule.HelpText);
            if (!rule.Messages.IsEmpty)
            {
                output.WriteLine();
                output.WriteLine("Messages:");
                foreach (var message in rule.Messages)
                {
                    output.WriteLine($"  {message.MessageId} ({SeverityText.Of(message.DefaultSeverity)}): {message.Title}");
                    output.WriteLine($"    {message.MessageFormat}");
                }
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
