using CsCheck;

namespace FactCheck.Tests.Properties;

/// <summary>Generators of the model's values, within what the format can say.</summary>
internal static class Generators
{
    /// <summary>Figures as news gives them: whole or with up to <paramref name="decimals"/> places, small or near decimal's limits.</summary>
    internal static Gen<decimal> Figure(int decimals) => Gen.OneOf(
        Gen.Int[-1_000_000, 1_000_000].Select(i => (decimal)i),
        Gen.Long[0, long.MaxValue].Select(l => (decimal)l),
        Gen.Int[0, decimals].SelectMany(places => Gen.Long[-10_000_000_000, 10_000_000_000].Select(l => decimal.Round(l / Pow10(places), places))),
        Gen.Int[0, 7].Select(scale => 79_228_162_514_264_337_593_543_950_335m / Pow10(scale)));

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var i = 0; i < places; i++) result *= 10m;
        return result;
    }

    internal static Gen<Quantity> Quantity(int decimals) => Gen.OneOf(
        Figure(decimals).Select(FactCheck.Quantity.Exactly),
        Figure(decimals).Select(FactCheck.Quantity.Approximately),
        Figure(decimals).Select(FactCheck.Quantity.Nearly),
        Figure(decimals).Select(FactCheck.Quantity.AtLeast),
        Figure(decimals).Select(FactCheck.Quantity.MoreThan),
        Figure(decimals).Select(FactCheck.Quantity.AtMost),
        Figure(decimals).Select(FactCheck.Quantity.LessThan),
        Gen.Select(Figure(decimals), Figure(decimals), Gen.Bool, Gen.Bool).Where(t => t.Item1 != t.Item2)
            .Select(t => FactCheck.Quantity.Range(Math.Min(t.Item1, t.Item2), t.Item3, Math.Max(t.Item1, t.Item2), t.Item4)),
        Gen.Int[-100, 200].Select(p => FactCheck.Quantity.Percent(p)),
        Gen.OneOf("dozens", "a few", "majority", "a third", "hundreds", "one in seven", "3 in 10", "nearly two thirds", "more than half", "at most one in five",
            "17.35 lakh", "2 crore", "about 3.42 trillion").Select(w => FactCheck.Quantity.Parse(w)));

    internal static Gen<LocalDate> Day => Gen.Int[1, 9998].SelectMany(y => Gen.Int[1, 12].SelectMany(m => Gen.Int[1, CalendarSystem.Iso.GetDaysInMonth(y, m)].Select(d => new LocalDate(y, m, d))));

    internal static Gen<FuzzyTime> Time => Gen.OneOf(
        Day.Select(FuzzyTime.Day),
        Gen.Select(Gen.Int[1, 9998], Gen.Int[1, 12]).Select(t => FuzzyTime.Month(t.Item1, t.Item2)),
        Gen.Int[1, 9998].Select(FuzzyTime.Year),
        Gen.Select(Gen.Int[1, 9998], Gen.Int[1, 4]).Select(t => FuzzyTime.Quarter(t.Item1, t.Item2)),
        Gen.Select(Gen.Enum<PeriodPart>(), Gen.Int[1, 9998]).Select(t => FuzzyTime.PartOfYear(t.Item1, t.Item2)),
        Gen.Select(Gen.Enum<PeriodPart>(), Gen.Int[1, 9998], Gen.Int[1, 12]).Select(t => FuzzyTime.PartOfMonth(t.Item1, t.Item2, t.Item3)),
        Gen.Select(Day, Day).Select(t => FuzzyTime.Between(t.Item1 < t.Item2 ? t.Item1 : t.Item2, t.Item1 < t.Item2 ? t.Item2 : t.Item1)),
        Day.Select(FuzzyTime.Until),
        Day.Select(FuzzyTime.Since));

    /// <summary>Times of day with their offsets: whole minutes or seconds, offsets from −12:00 to +14:00 in quarter hours, and Z.</summary>
    internal static Gen<OffsetDateTime> Instant => Gen.Select(Day, Gen.Int[0, 23], Gen.Int[0, 59], Gen.OneOf(Gen.Const(0), Gen.Int[0, 59]), Gen.Int[-48, 56])
        .Select(t => new LocalDateTime(t.Item1.Year, t.Item1.Month, t.Item1.Day, t.Item2, t.Item3, t.Item4).WithOffset(Offset.FromSeconds(t.Item5 * 900)));

    private static readonly string[] Subjects = ["a", "b", "c", "troops/iraq", "troops/all"];

    /// <summary>Claim sets of every kind of claim, over a few subjects, so that rules have something to compare.</summary>
    internal static Gen<ClaimSet> ClaimSet => Gen.Int[0, 12].SelectMany(count =>
        Gen.Select(Gen.Int[0, 7], Quantity(12), Time, Gen.Int[0, Subjects.Length - 1], Gen.Int[0, 2], Instant, Gen.Int[0, 15]).Array[count].Select(Build));

    private static readonly string[] BasisTexts = ["gross", "Net", "including the Speaker"];

    private static ClaimSet Build((int Kind, Quantity Value, FuzzyTime Time, int Subject, int Source, OffsetDateTime Instant, int Extra)[] claims)
    {
        var set = FactCheck.ClaimSet.CreateBuilder("generated");
        set.Source("s0", published: new LocalDate(2020, 9, 9));
        set.Source("s1", publisher: "Office", trust: SourceTrust.Reference);
        set.PartOf("troops/iraq", "troops/all");
        set.PartsOf("troops/all", true, "troops/iraq", "a");
        set.CumulativeEntity("b", "Deaths so far");
        string? lastObservation = null;
        for (var i = 0; i < claims.Length; i++)
        {
            var (kind, value, time, subjectIndex, source, instant, extra) = claims[i];
            // The extra bits give a basis (1 and 2), a projection (4) and a revision of the last observation (8).
            var basis = (extra & 3) == 0 ? null : BasisTexts[(extra & 3) - 1];
            var id = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var subject = Subjects[subjectIndex];
            var from = source == 2 ? null : "s" + source.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (kind)
            {
                case 0:
                    var observation = Sourced(set.Observation(id, subject, value).At(time), from);
                    if (basis is not null) observation.Basis(basis);
                    if ((extra & 4) != 0) observation.Projection();
                    if ((extra & 8) != 0 && lastObservation is not null) observation.Revises(lastObservation);
                    lastObservation = id;
                    break;
                case 1:
                    var target = Sourced(set.Target(id, subject, value).Stated(time.ToString()).Tense(TenseOf(i)), from).Unit("soldiers");
                    if (basis is not null) target.Basis(basis);
                    break;
                case 2: Sourced(set.Change(id, subject, ChangeDirection.Decrease).By(SizeOf(i, value)).Over(time.ToString()).Tense(TenseOf(i)), from); break;
                case 3: Sourced(set.Event(id, subject).At(time.ToString()).Tense(TenseOf(i)), from); break;
                case 4: Sourced(set.Mention(id, "Name " + subject), from); break;
                case 6: Sourced(set.Observation(id, subject, value).At(instant), from); break;
                case 7: Sourced(set.Event(id, subject).At(instant), from); break;
                default:
                    var share = Sourced(set.Share(id, "troops/iraq", "troops/all", value.Form == QuantityForm.Vague && !value.IsPercent ? FactCheck.Quantity.Parse("majority") : value.AsPercent()).At(time.ToString()), from);
                    if (basis is not null) share.Basis(basis);
                    break;
            }
        }
        return set.AsOf(new LocalDate(2020, 1, 1)).Build();
    }

    /// <summary>Every third claim in the future tense, so that the tense goes through every writer and reader.</summary>
    private static ClaimTense TenseOf(int i) => i % 3 == 0 ? ClaimTense.Future : ClaimTense.Past;

    /// <summary>A change's size in each of its forms: the value as an amount, the value in percentage points, or a halving.</summary>
    private static ChangeMagnitude SizeOf(int i, Quantity value) => (i % 4) switch
    {
        1 => ChangeMagnitude.Parse("halved"),
        2 when !value.IsPercent => ChangeMagnitude.PercentagePoints(value),
        _ => ChangeMagnitude.Of(value),
    };

    private static T Sourced<T>(T builder, string? source)
        where T : ClaimBuilder<T> => source is null ? builder : builder.From(source);
}
