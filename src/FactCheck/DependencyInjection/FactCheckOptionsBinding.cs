using FactCheck.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FactCheck.DependencyInjection;

/// <summary>
/// Sets <see cref="FactCheckOptions"/> from a configuration section and reports the section's problems when the
/// options are validated. Configuring applies what is valid; validating reads the section again, so that a reloaded
/// section is judged as it is now.
/// </summary>
internal sealed class FactCheckOptionsBinding(IConfiguration configuration) : IConfigureOptions<FactCheckOptions>, IValidateOptions<FactCheckOptions>
{
    public void Configure(FactCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConfigurationSectionReader.Read(configuration, []).ApplyTo(options);
    }

    public ValidateOptionsResult Validate(string? name, FactCheckOptions options)
    {
        // Bound to the default options only, as Configure is.
        if (name != Options.DefaultName) return ValidateOptionsResult.Skip;
        var problems = new List<string>();
        ConfigurationSectionReader.Read(configuration, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
