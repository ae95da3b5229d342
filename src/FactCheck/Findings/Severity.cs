namespace FactCheck;

/// <summary>How much a finding matters; higher values matter more.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is necessarily wrong.</summary>
    Info = 0,

    /// <summary>Probably wrong, or not borne out; an editor should look.</summary>
    Warning = 1,

    /// <summary>Claims that cannot all be true.</summary>
    Error = 2,
}
