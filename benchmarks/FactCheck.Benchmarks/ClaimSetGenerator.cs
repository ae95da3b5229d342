using NodaTime;

namespace FactCheck.Benchmarks;

/// <summary>
/// Generates realistic claim sets whose findings are known exactly, for benchmarks and for the test suite.
/// </summary>
/// <remarks>
/// <para>
/// Clean claims: subjects of very different sizes (Zipf-distributed, exponent 1.07); every claim kind in newsroom
/// proportions (observations 70 %, events 10 %, mentions 8 %, targets 5 %, changes 5 %, shares 2 %); exact and fuzzy
/// times (day, month, part of a month, quarter, year); exact, rounded, approximate, ranged, bounded and vague values;
/// aliased units. Every subject has one true value that every statement about it contains, every event one true day
/// that every time given for it contains, every person one declared name and alias that every mention uses — so the
/// clean claims give no finding, however their times overlap.
/// </para>
/// <para>
/// Injected inconsistencies, at a known rate, cycle through FC001–FC011; each stands in subjects of its own, so it
/// gives exactly one finding whose rule, severity and claims are recorded in <see cref="GeneratedClaims.Expected"/>.
/// </para>
/// The same count, seed and rate give the same claim set on every machine: the generator uses its own
/// pseudo-random sequence, not <see cref="Random"/>.
/// </remarks>
public sealed class ClaimSetGenerator
{
    private static readonly LocalDate Epoch = new(1990, 1, 1);
    private const int SpanDays = 13_000;
    private static readonly string[] Topics = ["troops", "budget", "jobs", "exports", "cases", "voters", "students", "arrivals", "homes", "patients"];
    private static readonly string[] Places = ["iraq", "afghanistan", "riverland", "lakeside", "norway", "kenya", "peru", "vietnam", "ontario", "bavaria", "chile", "ghana"];
    private static readonly string[][] UnitGroups = [[], ["troops", "soldiers", "personnel", "service members"], ["people", "persons"], ["usd", "dollars"]];
    private static readonly string[] FirstNames = ["Anna", "Kenneth", "Maria", "Paul", "Elena", "Tom", "Jana", "Omar", "Lucia", "Ravi", "Sofia", "Kwame", "Ines", "Mateo", "Yuki"];
    private static readonly string[] LastNames = ["McKenzie", "Calvert", "Kowalczyk", "Varga", "Berg", "Novak", "Haddad", "Okafor", "Silva", "Tanaka", "Moreau", "Lindqvist", "Petrov", "Adeyemi", "Quispe"];
    private static readonly (string Word, long Min, long Max)[] Vague =
        [("dozens", 24, 99), ("hundreds", 200, 999), ("thousands", 2_000, 9_999), ("tens of thousands", 20_000, 99_999), ("hundreds of thousands", 200_000, 999_999), ("millions", 2_000_000, 9_999_999)];

    private readonly int claimCount;
    private readonly double injectionRate;
    private ulong state;
    private readonly List<Claim> claims;
    private readonly List<Source> sources = [];
    private readonly List<Entity> entities = [];
    private readonly List<Relation> relations = [];
    private readonly List<ExpectedFinding> expected = [];
    private readonly List<Provenance> provenances = [];
    private int nextId;
    private int injections;

    // Clean subjects.
    private double[] cumulative = [];
    private decimal[] trueValue = [];
    private bool[] isRate = [];
    private int[] unitGroup = [];
    private string[] subjectIds = [];

    // Clean events and people.
    private LocalDate[] eventDay = [];
    private (string Id, string Name, string Alias, string Role)[] people = [];

    private ClaimSetGenerator(int claimCount, ulong seed, double injectionRate)
    {
        this.claimCount = claimCount;
        this.injectionRate = injectionRate;
        state = seed * 0x9E3779B97F4A7C15UL + 1;
        claims = new List<Claim>(claimCount + 16);
    }

    /// <summary>Generates <paramref name="claimCount"/> claims (give or take a few of the last injected group).</summary>
    /// <param name="claimCount">How many claims.</param>
    /// <param name="seed">The seed; the same seed gives the same set.</param>
    /// <param name="injectionRate">The share of claims that start an injected inconsistency (0.001 = one in a thousand).</param>
    public static GeneratedClaims Generate(int claimCount, int seed = 20200909, double injectionRate = 0.001)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(claimCount);
        var generator = new ClaimSetGenerator(claimCount, (ulong)seed, injectionRate);
        generator.Run();
        var set = new ClaimSet(generator.claims, generator.sources, generator.entities, generator.relations, $"Generated, {claimCount:N0} claims, seed {seed}", Epoch.PlusDays(SpanDays));
        return new GeneratedClaims(set, generator.expected);
    }

    private void Run()
    {
        var subjectCount = Math.Max(8, claimCount / 40);
        SetUpSubjects(subjectCount);
        SetUpSources(Math.Max(4, claimCount / 200));
        SetUpEvents(Math.Max(4, claimCount / 30));
        SetUpPeople(Math.Max(4, claimCount / 60));
        SetUpRelations(subjectCount);
        while (claims.Count < claimCount)
        {
            if (injectionRate > 0 && NextDouble() < injectionRate)
            {
                Inject(injections++ % 11);
                continue;
            }
            var kind = Next(100);
            if (kind < 70) Observation();
            else if (kind < 80) Event();
            else if (kind < 88) Mention();
            else if (kind < 93) Target();
            else if (kind < 98) Change();
            else Share();
        }
    }

    private void SetUpSubjects(int count)
    {
        cumulative = new double[count];
        trueValue = new decimal[count];
        isRate = new bool[count];
        unitGroup = new int[count];
        subjectIds = new string[count];
        var total = 0.0;
        for (var s = 0; s < count; s++)
        {
            total += 1.0 / Math.Pow(s + 1, 1.07);
            cumulative[s] = total;
            isRate[s] = Next(10) == 0;
            trueValue[s] = isRate[s] ? Next(1, 1000) / 10m : (decimal)Math.Round(Math.Exp(Math.Log(50) + (NextDouble() * (Math.Log(2_000_000) - Math.Log(50)))));
            unitGroup[s] = isRate[s] ? 0 : Next(UnitGroups.Length);
            subjectIds[s] = $"{Topics[s % Topics.Length]}/{Places[(s / Topics.Length) % Places.Length]}-{s}";
        }
    }

    private void SetUpSources(int count)
    {
        for (var i = 0; i < count; i++)
        {
            sources.Add(new Source($"src{i}", $"Article {i}", i % 3 == 0 ? "The Daily Post" : "Wire", Epoch.PlusDays(Next(SpanDays))));
            provenances.Add(new Provenance($"src{i}"));
        }
    }

    private void SetUpEvents(int count)
    {
        eventDay = new LocalDate[count];
        for (var i = 0; i < count; i++) eventDay[i] = Epoch.PlusDays(Next(SpanDays));
    }

    private void SetUpPeople(int count)
    {
        people = new (string, string, string, string)[count];
        var roles = Math.Max(2, count / 5);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[(i / FirstNames.Length) % LastNames.Length];
            var name = $"{first} {last} {i}";
            people[i] = ($"person-{i}", name, $"{first[0]}. {last} {i}", $"role {i % roles}");
            entities.Add(new Entity(people[i].Id, name, "person", [people[i].Alias]));
        }
    }

    private void SetUpRelations(int subjectCount)
    {
        // Among the smaller subjects only: a relation between two giant series would be a quadratic job for any engine.
        for (var i = 0; i < subjectCount / 50; i++)
        {
            var a = (subjectCount / 2) + Next(subjectCount / 2);
            var b = (subjectCount / 2) + Next(subjectCount / 2);
            if (a == b || isRate[a] || isRate[b] || unitGroup[a] != unitGroup[b]) continue;
            var (part, whole) = trueValue[a] < trueValue[b] ? (a, b) : (b, a);
            if (trueValue[part] == trueValue[whole]) continue;
            relations.Add(new Relation(subjectIds[part], subjectIds[whole]));
        }
    }

    private void Observation()
    {
        var s = Subject();
        var metric = isRate[s] ? "rate" : null;
        claims.Add(new Observation(Id(), subjectIds[s], Statement(s), Time(), UnitOf(s), metric, Provenance()));
    }

    private void Target()
    {
        var s = Subject();
        var v = trueValue[s];
        var slack = Slack(v);
        var value = Next(5) switch
        {
            0 => Quantity.AtMost(v + slack),
            1 => Quantity.AtLeast(v - slack),
            _ => Quantity.Between(v - slack, v + slack),
        };
        if (isRate[s]) value = value.AsPercent();
        FuzzyTime? deadline = Next(10) switch
        {
            < 7 => FuzzyTime.Day(RandomDay()),
            < 9 => MonthOf(RandomDay()),
            _ => null,
        };
        claims.Add(new Target(Id(), subjectIds[s], value, deadline, FuzzyTime.Day(RandomDay()), UnitOf(s), isRate[s] ? "rate" : null, Provenance()));
    }

    private void Change()
    {
        var s = Subject();
        var first = RandomDay();
        claims.Add(new Change(Id(), subjectIds[s], ChangeDirection.Unchanged, FuzzyTime.Between(first, first.PlusDays(Next(30, 700))), null, UnitOf(s), isRate[s] ? "rate" : null, Provenance()));
    }

    private void Event()
    {
        var e = Next(eventDay.Length);
        var day = eventDay[e];
        var (time, weekday) = Next(10) switch
        {
            < 5 => (FuzzyTime.Day(day), Next(2) == 0 ? day.DayOfWeek : (IsoDayOfWeek?)null),
            < 8 => (MonthOf(day), null),
            _ => (FuzzyTime.Year(day.Year), (IsoDayOfWeek?)null),
        };
        claims.Add(new Event(Id(), $"event-{e}", time, weekday, Provenance()));
    }

    private void Mention()
    {
        var person = people[Next(people.Length)];
        claims.Add(new Mention(Id(), Next(7) == 0 ? person.Alias : person.Name, person.Id, Next(2) == 0 ? person.Role : null, Provenance()));
    }

    private void Share()
    {
        var a = Subject();
        var b = Subject();
        if (a == b || isRate[a] || isRate[b] || unitGroup[a] != unitGroup[b] || trueValue[a] == trueValue[b])
        {
            Observation();
            return;
        }
        var (part, whole) = trueValue[a] < trueValue[b] ? (a, b) : (b, a);
        var ratio = Math.Round(trueValue[part] / trueValue[whole] * 100m, 1);
        var value = Quantity.Between(Math.Max(0m, ratio - 3m), Math.Min(100m, ratio + 3m)).AsPercent();
        claims.Add(new Share(Id(), subjectIds[part], subjectIds[whole], value, FuzzyTime.Year(RandomDay().Year), null, Provenance()));
    }

    /// <summary>A statement of subject <paramref name="s"/>'s value in one of the forms newsrooms use; it always contains the true value.</summary>
    private Quantity Statement(int s)
    {
        var v = trueValue[s];
        if (isRate[s])
        {
            return Next(5) switch
            {
                < 3 => Quantity.Percent(v),
                3 => Quantity.Approximately(v).AsPercent(),
                _ => Quantity.Between(v - 1m, v + 1m).AsPercent(),
            };
        }
        var rounded = RoundToSignificant(v, 2);
        var slack = Slack(v);
        switch (Next(100))
        {
            case < 35: return Quantity.Exactly(v);
            case < 55: return Quantity.Exactly(rounded);
            case < 75: return Quantity.Approximately(rounded);
            case < 85: return Quantity.Between(v - Next(0, (int)Math.Min(slack, int.MaxValue - 1) + 1), v + Next(0, (int)Math.Min(slack, int.MaxValue - 1) + 1));
            case < 90: return Quantity.AtLeast(v - slack);
            case < 95: return Quantity.LessThan(v + 1 + slack);
            default:
                foreach (var (word, min, max) in Vague)
                {
                    if (v >= min && v <= max) return Quantity.Parse(word);
                }
                return Quantity.Exactly(v);
        }
    }

    private static decimal RoundToSignificant(decimal value, int digits)
    {
        var unit = 1m;
        while (value / unit >= (decimal)Math.Pow(10, digits)) unit *= 10m;
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }

    private static decimal Slack(decimal value) => Math.Max(1m, Math.Round(value / 10m));

    private FuzzyTime Time()
    {
        var day = RandomDay();
        return Next(20) switch
        {
            < 12 => FuzzyTime.Day(day),
            < 16 => MonthOf(day),
            < 18 => FuzzyTime.PartOfMonth((PeriodPart)Next(3), day.Year, day.Month),
            18 => FuzzyTime.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
            _ => FuzzyTime.Year(day.Year),
        };
    }

    private static FuzzyTime MonthOf(LocalDate day) => FuzzyTime.Month(day.Year, day.Month);

    private Unit UnitOf(int s)
    {
        var group = UnitGroups[unitGroup[s]];
        return group.Length == 0 ? Unit.None : Unit.Of(group[Next(group.Length)]);
    }

    private Provenance Provenance() =>
        Next(5) == 0 ? new Provenance(sources[Next(sources.Count)].Id, "officials") : provenances[Next(provenances.Count)];

    private int Subject()
    {
        var u = NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, u);
        return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
    }

    /// <summary>One injected inconsistency in subjects of its own, and the one finding it must give.</summary>
    private void Inject(int rule)
    {
        var k = injections;
        var day = Epoch.PlusDays(Next(SpanDays - 400));
        var p = provenances[0];
        var subject = $"injected/{k}";
        switch (rule)
        {
            case 0:
            {
                var a = Add(new Observation(Id(), subject, Quantity.Exactly(5201), FuzzyTime.Day(day), provenance: p));
                var b = Add(new Observation(Id(), subject, Quantity.Exactly(3001), FuzzyTime.Day(day), provenance: p));
                Expect("FC001", Severity.Error, a, b);
                break;
            }
            case 1:
            {
                var a = Add(new Observation(Id(), subject, Quantity.Exactly(8601), FuzzyTime.Day(day), provenance: p));
                var t = Add(new Target(Id(), subject, Quantity.Between(4000, 5000), FuzzyTime.Day(day.PlusDays(55)), FuzzyTime.Day(day), provenance: p));
                Expect("FC002", Severity.Warning, a, t);
                break;
            }
            case 2:
            {
                var t = Add(new Target(Id(), subject, Quantity.Exactly(3001), FuzzyTime.Day(day), FuzzyTime.Day(day.PlusDays(-30)), provenance: p));
                var a = Add(new Observation(Id(), subject, Quantity.Exactly(4201), FuzzyTime.Day(day.PlusDays(10)), provenance: p));
                Expect("FC003", Severity.Error, a, t);
                break;
            }
            case 3:
            {
                var start = Add(new Observation(Id(), subject, Quantity.Approximately(5200), FuzzyTime.Day(day), provenance: p));
                var end = Add(new Observation(Id(), subject, Quantity.Approximately(5200), FuzzyTime.Day(day.PlusDays(200)), provenance: p));
                // Attributed but from no dated source: a change told before its period would be a plan, not a trend.
                var change = Add(new Change(Id(), subject, ChangeDirection.Decrease, FuzzyTime.Between(day.PlusDays(10), day.PlusDays(200)), ChangeMagnitude.Significant, provenance: new Provenance(attribution: "analysts")));
                Expect("FC004", Severity.Warning, change, start, end);
                break;
            }
            case 4:
            {
                relations.Add(new Relation(subject + "/part", subject + "/whole"));
                var a = Add(new Observation(Id(), subject + "/part", Quantity.Exactly(8201), FuzzyTime.Day(day), provenance: p));
                var b = Add(new Observation(Id(), subject + "/whole", Quantity.Exactly(7501), FuzzyTime.Day(day), provenance: p));
                Expect("FC005", Severity.Error, a, b);
                break;
            }
            case 5:
            {
                var wrong = (IsoDayOfWeek)((int)day.DayOfWeek % 7 + 1);
                var e = Add(new Event(Id(), subject, FuzzyTime.Day(day), wrong, p));
                Expect("FC006", Severity.Error, e);
                break;
            }
            case 6:
            {
                var id = $"injected-person-{k}";
                entities.Add(new Entity(id, $"Kenneth McKenzie {k}", "person"));
                var variant = Add(new Mention(Id(), $"Kenneth MacKenzie {k}", id, provenance: p));
                var right = Add(new Mention(Id(), $"Kenneth McKenzie {k}", id, provenance: p));
                Expect("FC007", Severity.Warning, variant, right);
                break;
            }
            case 7:
            {
                var a = Add(new Event(Id(), subject, FuzzyTime.Day(day), provenance: p));
                var b = Add(new Event(Id(), subject, FuzzyTime.Day(day.PlusDays(1)), provenance: p));
                Expect("FC008", Severity.Error, a, b);
                break;
            }
            case 8:
            {
                var a = Add(new Observation(Id(), subject, Quantity.Approximately(500), FuzzyTime.Month(day.Year, day.Month)));
                Expect("FC009", Severity.Info, a);
                break;
            }
            case 9:
            {
                // Units of two kinds: two currencies are not compared, and that is no mismatch.
                var a = Add(new Observation(Id(), subject, Quantity.Exactly(101), FuzzyTime.Year(day.Year), Unit.Of("km"), provenance: p));
                var b = Add(new Observation(Id(), subject, Quantity.Exactly(301), FuzzyTime.Year(day.Year), Unit.Of("kg"), provenance: p));
                Expect("FC010", Severity.Warning, a, b);
                break;
            }
            default:
            {
                var a = Add(new Target(Id(), subject, Quantity.LessThan(4000), FuzzyTime.Day(day), FuzzyTime.Day(day.PlusDays(-10)), provenance: p));
                var b = Add(new Target(Id(), subject, Quantity.Between(4000, 5000), FuzzyTime.Day(day), FuzzyTime.Day(day.PlusDays(-10)), provenance: p));
                Expect("FC011", Severity.Warning, a, b);
                break;
            }
        }
    }

    private string Add(Claim claim)
    {
        claims.Add(claim);
        return claim.Id;
    }

    private void Expect(string rule, Severity severity, params string[] ids) => expected.Add(new ExpectedFinding(rule, severity, string.Join(",", ids)));

    private string Id() => "c" + (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private LocalDate RandomDay() => Epoch.PlusDays(Next(SpanDays));

    // xorshift64*: small, fast, and the same on every runtime.
    private ulong NextRaw()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717UL;
    }

    private int Next(int maxExclusive) => (int)(NextRaw() % (ulong)maxExclusive);

    private int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    private double NextDouble() => (NextRaw() >> 11) * (1.0 / (1UL << 53));
}
