using System.Text;
using FactCheck.Utility;

namespace FactCheck.Baselines;

/// <summary>
/// A finding's identity across edits of its files: the rule, the subject, the claim ids (sorted), and the message's
/// shape with its figures taken out. Lines, file order, other claims and changed figures leave it as it was; a
/// finding about other claims, or of another kind (FC001 same-time against overlapping), gets another.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The fingerprint: 32 lower-case hex digits.</summary>
    public static string Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = new StringBuilder();
        key.Append(finding.RuleId).Append('\n').Append(finding.Subject).Append('\n');
        key.AppendJoin(',', finding.Claims.Order(StringComparer.Ordinal)).Append('\n');
        key.Append(Shape(finding.Message));
        return Sha256.HalfHex(key.ToString());
    }

    /// <summary>The message with each figure (digits, with their separators) as <c>#</c>: <c>8,600 on 2020-09-09</c> → <c># on #-#-#</c>.</summary>
    public static string Shape(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var shape = new StringBuilder(message.Length);
        for (var i = 0; i < message.Length; i++)
        {
            if (!char.IsAsciiDigit(message[i]))
            {
                shape.Append(message[i]);
                continue;
            }
            shape.Append('#');
            while (i + 1 < message.Length && (char.IsAsciiDigit(message[i + 1])
                || (message[i + 1] is ',' or '.' && i + 2 < message.Length && char.IsAsciiDigit(message[i + 2])))) i++;
        }
        return shape.ToString();
    }
}
