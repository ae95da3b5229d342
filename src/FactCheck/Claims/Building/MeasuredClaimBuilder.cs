using FactCheck.Utility;

namespace FactCheck;

/// <summary>What the builders of figures share (observations, targets, changes): a unit and a metric.</summary>
/// <typeparam name="TSelf">The concrete builder, returned for chaining.</typeparam>
public abstract class MeasuredClaimBuilder<TSelf> : ClaimBuilder<TSelf>
    where TSelf : MeasuredClaimBuilder<TSelf>
{
    private protected MeasuredClaimBuilder(ClaimKind kind, string id, string subject) : base(kind, id) => draft.Subject = Preconditions.CheckIdentifier(subject);

    /// <summary>The unit counted in (<c>soldiers</c>, <c>EUR</c>).</summary>
    /// <exception cref="ArgumentException">The name is longer than 100 characters.</exception>
    public TSelf Unit(string name)
    {
        draft.Unit = FactCheck.Unit.Of(name);
        return (TSelf)this;
    }

    /// <summary>The metric, when it is not <c>count</c> (<c>rate</c>, <c>budget</c>).</summary>
    /// <exception cref="ArgumentException">The name is blank or padded with white space.</exception>
    public TSelf Metric(string name)
    {
        draft.Metric = Preconditions.CheckIdentifier(name);
        return (TSelf)this;
    }
}
