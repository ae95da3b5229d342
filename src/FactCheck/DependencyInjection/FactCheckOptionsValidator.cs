using FactCheck.Rules;
using Microsoft.Extensions.Options;

namespace FactCheck.DependencyInjection;

/// <summary>
/// Validates <see cref="FactCheckOptions"/> with the rules of the container, so that a bad setting (two rules with
/// one id, a blank rule id in the severities) fails at start rather than at the first check.
/// </summary>
internal sealed class FactCheckOptionsValidator(IEnumerable<IClaimRule> rules) : IValidateOptions<FactCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, FactCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            // The checker's constructor holds the checks, so that there is one place for them; it is cheap.
            _ = new FactChecker(options, rules);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
