using System.Globalization;
using System.Text.Json;

namespace FactCheck.Serialization;

// A claim's value given as an object of numbers, as both scans read it.
internal sealed partial class ClaimLayout
{
    /// <summary>
    /// Reads a value object to its end: <c>{"exactly": n}</c>, <c>{"approximately": n}</c>, or <c>{"min": a, "max": b}</c>
    /// (either bound alone) makes <see cref="ValueObject"/>; any other makes the claim not plain. False when the input ends first.
    /// </summary>
    private bool ReadValueObject(ref Utf8JsonReader reader)
    {
        var numbers = new ValueObjectNumbers();
        var plain = true;
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType == JsonTokenType.EndObject) break;
            Escaped |= reader.ValueIsEscaped;
            var field = reader.ValueIsEscaped ? -1 : KnownField.Find(reader.ValueSpan);
            if (!reader.Read()) return false;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                plain = false;
                if (!SkipNested(ref reader)) return false;
                continue;
            }
            Escaped |= reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped;
            plain &= reader.TokenType == JsonTokenType.Number && numbers.Take(field, reader.ValueSpan);
        }
        EndValueObject(numbers, plain);
        return true;
    }

    /// <summary>Takes the quantity a value object's numbers make, if they make one and the object is plain; else the claim is not plain.</summary>
    private void EndValueObject(ValueObjectNumbers numbers, bool plain)
    {
        if (numbers.Quantity is { } quantity) ValueObject = quantity;
        else plain = false;
        Plain &= plain;
    }

    /// <summary>The numbers of a value object as its members are read, and the quantity they make.</summary>
    private struct ValueObjectNumbers
    {
        private decimal? exactly, approximately, min, max;

        /// <summary>
        /// Takes the number <paramref name="json"/> for the member <paramref name="field"/> (a <see cref="KnownField"/>
        /// number); false when it does not parse, or the member is not a value object's or is given twice.
        /// </summary>
        internal bool Take(int field, ReadOnlySpan<byte> json)
        {
            if (!decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return false;
            switch (field)
            {
                case KnownField.Exactly when exactly is null: exactly = number; return true;
                case KnownField.Approximately when approximately is null: approximately = number; return true;
                case KnownField.Min when min is null: min = number; return true;
                case KnownField.Max when max is null: max = number; return true;
                default: return false;
            }
        }

        /// <summary><c>{"exactly": n}</c>, <c>{"approximately": n}</c>, or <c>{"min": a, "max": b}</c> (either bound alone), in that order; null for none.</summary>
        internal readonly Quantity? Quantity =>
            exactly is { } e ? FactCheck.Quantity.Exactly(e)
            : approximately is { } a ? FactCheck.Quantity.Approximately(a)
            : (min is not null || max is not null) && FactCheck.Quantity.RangeProblem(min, false, max, false) is null ? FactCheck.Quantity.Range(min, false, max, false)
            : null;
    }
}
