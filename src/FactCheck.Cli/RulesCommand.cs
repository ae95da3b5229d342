using System.CommandLine;
using FactCheck.Rules;

namespace FactCheck.Cli;

/// <summary><c>factcheck rules</c>: the catalogue, one line per rule.</summary>
internal static class RulesCommand
{
    internal static Command Create(TextWriter output)
    {
        var messages = new Option<bool>("--messages") { Description = "Also list each rule's messages: id, default severity and when it is reported." };
        var command = new Command("rules", "Lists the rule catalogue: id, name, default severity, and when each rule fires.") { messages };
        command.SetAction(parsed =>
        {
            var withMessages = parsed.GetValue(messages);
            var nameWidth = BuiltInRules.Descriptors.Max(d => withMessages ? d.Messages.Select(m => m.MessageId.Length).Append(d.Name.Length).Max() : d.Name.Length);
            foreach (var rule in BuiltInRules.Descriptors)
            {
                output.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {SeverityText.Of(rule.DefaultSeverity),-7}  {rule.Summary}");
                if (!withMessages) continue;
                foreach (var message in rule.Messages)
                {
                    output.WriteLine($"       {message.MessageId.PadRight(nameWidth)}  {SeverityText.Of(message.DefaultSeverity),-7}  {message.Title}");
                }
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
