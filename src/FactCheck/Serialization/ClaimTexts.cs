namespace FactCheck.Serialization;

/// <summary>
/// What the texts of claims stand for (values, times, units), parsed once and remembered: a claim file states the
/// same few again and again. <see cref="ClaimReader"/> reads them through here; <see cref="ClaimBytesReader"/> keeps
/// the same parsers' results by the texts' bytes instead. Used by one thread.
/// </summary>
internal sealed class ClaimTexts
{
    private readonly TextCache<Quantity> values = new();
    private readonly TextCache<Quantity> valuesBeforeUnits = new();
    private readonly TextCache<TimeInput> times = new();
    private readonly TextCache<Unit> units = new();

    /// <summary>A value in words ("about 5,200"); <paramref name="allowTrailingUnit"/> when the claim states its unit apart.</summary>
    internal bool TryValue(string text, bool allowTrailingUnit, out Quantity value, out string error)
    {
        var known = allowTrailingUnit ? valuesBeforeUnits : values;
        error = string.Empty;
        if (known.TryGet(text, out value)) return true;
        if (!QuantityParser.TryParse(text, allowTrailingUnit, out value, out error)) return false;
        known.Add(text, value);
        return true;
    }

    /// <summary>A time given outright ("2020-09", "late 2008") or relative to the source's date ("last month"); false, with why, when it is neither.</summary>
    internal bool TryTime(string text, out TimeInput time, out string error)
    {
        error = string.Empty;
        if (times.TryGet(text, out time)) return true;
        if (!TimeInput.TryRead(text, out time, out error)) return false;
        times.Add(text, time);
        return true;
    }

    /// <summary>The unit named <paramref name="name"/>; the default (none) for null.</summary>
    internal Unit UnitOf(string? name)
    {
        if (name is null) return default;
        if (units.TryGet(name, out var unit)) return unit;
        unit = Unit.Of(name);
        units.Add(name, unit);
        return unit;
    }
}
