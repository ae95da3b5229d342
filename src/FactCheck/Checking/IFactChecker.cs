using System.Collections.Immutable;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>Checks claim sets for consistency. Implementations are immutable and safe to use from many threads.</summary>
public interface IFactChecker
{
    /// <summary>Runs every enabled rule over <paramref name="claims"/>.</summary>
    /// <param name="claims">The claims to check.</param>
    /// <param name="cancellationToken">Stops the check; nothing is reported from a cancelled check.</param>
    /// <returns>The findings in a stable order, with counts.</returns>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    CheckReport Check(ClaimSet claims, CancellationToken cancellationToken = default);

    /// <summary>
    /// The descriptors of the rules that run, in registration order (rules turned off are not listed), for
    /// reports that describe them, such as SARIF's <see cref="Reporting.ReportContext.Rules"/>.
    /// </summary>
    ImmutableArray<RuleDescriptor> Rules { get; }
}
