namespace FactCheck;

/// <summary>Which way a change claim says a figure moved.</summary>
public enum ChangeDirection
{
    /// <summary>The figure went up.</summary>
    Increase = 0,

    /// <summary>The figure went down.</summary>
    Decrease,

    /// <summary>The figure stayed the same.</summary>
    Unchanged,
}
