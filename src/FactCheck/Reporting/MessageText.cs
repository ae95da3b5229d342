using System.Text;
using System.Text.Json;
using FactCheck.Utility;

namespace FactCheck.Reporting;

/// <summary>
/// Writes findings' messages from one buffer kept for a whole report, into JSON or as text: each message is formatted
/// there from its descriptor's arguments, so a report of a hundred thousand findings makes no string per message.
/// </summary>
/// <remarks>One per writer, never used by two threads at once: the buffer is reused from message to message.</remarks>
internal sealed class MessageText
{
    // They grow to the longest message and stay.
    private readonly StringBuilder text = new(256);
    private char[] chars = new char[256];

    /// <summary>Writes <paramref name="finding"/>'s message as the string property <paramref name="name"/>.</summary>
    internal void Write(Utf8JsonWriter json, string name, Finding finding)
    {
        Format(finding);
        ScratchArrays.AtLeast(ref chars, text.Length);
        text.CopyTo(0, chars, text.Length);
        json.WriteString(name, chars.AsSpan(0, text.Length));
    }

    /// <summary>Formats <paramref name="finding"/>'s message into the buffer, which it returns, for a text writer to write as it is.</summary>
    internal StringBuilder Format(Finding finding)
    {
        text.Clear();
        finding.AppendMessage(text);
        return text;
    }
}
