namespace FactCheck;

/// <summary>How far a source is trusted when its claims disagree with others'.</summary>
public enum SourceTrust
{
    /// <summary>An ordinary source (the default).</summary>
    Normal = 0,

    /// <summary>An authoritative dataset: findings that set its claim against another name the other as the likely error.</summary>
    Reference,

    /// <summary>A source known to be weak.</summary>
    Low,
}
