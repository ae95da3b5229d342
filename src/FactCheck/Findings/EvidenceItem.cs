using System.Globalization;

namespace FactCheck;

/// <summary>One computed figure behind a finding (<c>daysLeft = 55</c>), or a text such as the spelling to keep.</summary>
public sealed record EvidenceItem
{
    /// <summary>A number, kept to 15 significant digits as <see cref="Evidence.Of"/> keeps it.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="number"/> is not finite.</exception>
    public EvidenceItem(string name, double number)
    {
        Name = Utility.Preconditions.CheckIdentifier(name);
        Utility.Preconditions.CheckArgument(double.IsFinite(number), nameof(number), $"Evidence '{name}' must be a finite number; got {number.ToString(CultureInfo.InvariantCulture)}.");
        Number = Evidence.ExactDecimal(number);
    }

    private EvidenceItem(string name, double? number, string? text)
    {
        Name = name;
        Number = number;
        Text = text;
    }

    /// <summary>A number already checked when the evidence was made.</summary>
    internal static EvidenceItem Trusted(string name, double number) => new(name, number, null);

    /// <summary>A text.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public EvidenceItem(string name, string text)
    {
        Name = Utility.Preconditions.CheckIdentifier(name);
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The name, in camelCase (<c>daysLeft</c>).</summary>
    public string Name { get; }

    /// <summary>The number, or null for a text.</summary>
    public double? Number { get; }

    /// <summary>The text, or null for a number.</summary>
    public string? Text { get; }

    /// <summary><c>daysLeft = 55</c>.</summary>
    public override string ToString() => $"{Name} = {(Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : Text)}";
}
