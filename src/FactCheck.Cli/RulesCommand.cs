using System.CommandLine;
using FactCheck.Rules;

namespace FactCheck.Cli;

/// <summary><c>factcheck rules</c>: the catalogue, one line per rule.</summary>
internal static class RulesCommand
{
    internal static Command Create(TextWriter output)
    {
        var command = new Command("rules", "Lists the rule catalogue: id, name, default severity, and when each rule fires.");
        command.SetAction(_ =>
        {
            var nameWidth = BuiltInRules.Descriptors.Max(d => d.Name.Length);
            foreach (var rule in BuiltInRules.Descriptors)
            {
                output.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {SeverityText.Of(rule.DefaultSeverity),-7}  {rule.Summary}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
