using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Arguments;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>
/// One named, typed value of a finding — a figure as stated, a number of days, a difference between two figures —
/// that gives both the words of the message where <see cref="FindingDescriptor.MessageFormat"/> names it
/// (<c>{daysLeft}</c> → <c>55 days</c>) and the evidence it stands for (<c>daysLeft = 55</c>). One type formats one
/// kind of value, so a message's numbers and its evidence's numbers come from the same place and cannot drift. An
/// argument whose name the format does not use gives evidence only. The factories below cover what the built-in
/// rules say; a rule may derive its own.
/// </summary>
public abstract class FindingArgument
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The placeholder it fills, and the name (or the start of the names) of its evidence.</param>
    /// <exception cref="ArgumentException">The name is not letters and digits.</exception>
    protected FindingArgument(string name)
    {
        Name = Utility.Preconditions.CheckIdentifier(name);
    }

    /// <summary>The placeholder it fills.</summary>
    public string Name { get; }

    /// <summary>Appends the argument's words to a message being written.</summary>
    /// <remarks>
    /// Called whenever the message is written, not once: a report formats each message as it writes it, and a large
    /// one formats several findings at once on different threads. So it only reads the argument, and writes the same
    /// words each time.
    /// </remarks>
    public abstract void AppendText(StringBuilder text);

    /// <summary>Adds the evidence it stands for; nothing unless overridden.</summary>
    public virtual void AddEvidence(EvidenceBuilder evidence)
    {
    }

    /// <summary>The argument's words.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    /// <summary>A text as it is (a name, a claim id); with <paramref name="isEvidence"/>, also evidence under its name.</summary>
    public static FindingArgument Text(string name, string text, bool isEvidence = false) => new TextArgument(name, text, isEvidence);

    /// <summary>
    /// A computed number, written rounded as findings write computed figures (<c>2,200</c>, <c>0.43</c>); its evidence,
    /// exact, unless <paramref name="isEvidence"/> is false.
    /// </summary>
    public static FindingArgument Number(string name, double number, bool isEvidence = true) => new NumberArgument(name, number, isEvidence);

    /// <summary>A count, in digits (<c>3</c>); its evidence, the count.</summary>
    public static FindingArgument Count(string name, int count) => new CountArgument(name, count);

    /// <summary>A number of days (<c>55 days</c>, <c>1 day</c>); its evidence, the number.</summary>
    public static FindingArgument Days(string name, int days) => new DaysArgument(name, days);

    /// <summary>A day (<c>2020-09-09</c>); with <paramref name="isEvidence"/>, also evidence as that text.</summary>
    public static FindingArgument Day(string name, LocalDate day, bool isEvidence = false) => new DayArgument(name, day, isEvidence);

    /// <summary>A time as findings cite it (<c>on 2020-09-09</c>, <c>in late 2018</c>).</summary>
    public static FindingArgument Time(string name, FuzzyTime time) => new TimeArgument(name, time);

    /// <summary>Who states something: <c>(s1)</c>, or <c>(stated by 2 sources: s1; police, s2)</c>.</summary>
    public static FindingArgument StatedBy(string name, IEnumerable<Provenance> provenances) => new StatedByArgument(name, provenances);

    /// <summary>Items as a sentence lists them: <c>a, b and c</c>, the first six of a long list and how many more.</summary>
    public static FindingArgument List(string name, IEnumerable<string> items) => new ListArgument(name, items);

    /// <summary>An observation as findings cite it (<c>8,600 on 2020-09-09 (s1)</c>); with <paramref name="evidence"/>, that number as evidence.</summary>
    public static FindingArgument Figure(string name, ObservationEntry observation, double? evidence = null) => new FigureArgument(name, observation, evidence);

    /// <summary>
    /// A target as findings cite it (<c>the target 4,000–5,000 due 2020-11-03 (s1)</c>), or one restated by several
    /// sources with all of them.
    /// </summary>
    public static FindingArgument Target(string name, IReadOnlyList<TargetEntry> restated) => new TargetArgument(name, restated);

    /// <summary>A statement as findings cite it: <see cref="Phrases.Statement(Authoring.Statement)"/>.</summary>
    public static FindingArgument Statement(string name, Statement statement) => new StatementArgument(name, statement);

    /// <summary>
    /// A figure's value as stated (<c>5,200</c>, <c>62 miles</c>); its evidence, the value in the unit of
    /// <paramref name="comparedIn"/>.
    /// </summary>
    public static FindingArgument Value(string name, Figure figure, Figure comparedIn) => new ValueArgument(name, figure, comparedIn);

    /// <summary>
    /// How two figures differ (<c>they differ by 2,200</c>); its evidence, <c>difference</c>, with
    /// <paramref name="withGap"/> the <c>gap</c> between their intervals, and <c>factor</c> for a slip of scale.
    /// </summary>
    public static FindingArgument Difference(string name, FigureDifference difference, bool withGap = false) => new DifferenceArgument(name, difference, withGap);

    /// <summary>A change with its direction (<c>a cut of 3,600–4,600</c>); its evidence, <c>{name}Min</c> and <c>{name}Max</c>.</summary>
    public static FindingArgument Change(string name, ChangeAmount change) => new ChangeArgument(name, change, ChangeArgument.Wording.Phrase, 0);

    /// <summary>A change's size without its direction (<c>1,200</c>); its evidence, <c>{name}Min</c> and <c>{name}Max</c>.</summary>
    public static FindingArgument ChangeSize(string name, ChangeAmount change) => new ChangeArgument(name, change, ChangeArgument.Wording.Size, 0);

    /// <summary>A change spread over days (<c>65–84 a day</c>); its evidence, <c>{name}Min</c> and <c>{name}Max</c> to one decimal.</summary>
    public static FindingArgument Rate(string name, ChangeAmount change, int days) => new ChangeArgument(name, change, ChangeArgument.Wording.PerDay, days);

    /// <summary>
    /// The change from one figure to another (<c>no change</c>, <c>a fall of 2,200</c>); its evidence, the change
    /// and <c>{name}Percent</c>, the change in per cent of <paramref name="from"/> to one decimal.
    /// </summary>
    public static FindingArgument Shift(string name, double from, double to, string unit) => new ShiftArgument(name, from, to, unit);

    /// <summary>A percentage with the decimals it takes to differ from <paramref name="stated"/> (<c>18.6</c> against 19 %); its evidence, the number.</summary>
    public static FindingArgument Percent(string name, double percent, ValueInterval stated) => new PercentArgument(name, percent, stated);

    /// <summary>A figure as stated with its source (<c>5,200 (s1)</c>); its evidence, its level (<see cref="Authoring.Level.Of"/>), what "higher" compares.</summary>
    public static FindingArgument Level(string name, ObservationEntry figure) => new LevelArgument(name, figure);

    /// <summary>A total of stated figures, written in full as figures are (<c>7,512.5</c>) with <paramref name="unit"/>; its evidence, the total.</summary>
    public static FindingArgument Sum(string name, double total, string unit = "") => new SumArgument(name, total, unit);

    /// <summary>An interval (<c>67.9–70.5</c>); its evidence, <c>{name}Min</c> and <c>{name}Max</c> to one decimal.</summary>
    public static FindingArgument Range(string name, ValueInterval interval) => new RangeArgument(name, interval);
}
