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
}
