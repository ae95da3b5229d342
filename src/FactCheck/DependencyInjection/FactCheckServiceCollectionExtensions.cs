using FactCheck;
using FactCheck.DependencyInjection;
using FactCheck.Reporting;
using FactCheck.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Namespace does not match folder: service registrations live in Microsoft.Extensions.DependencyInjection, as Microsoft's guidance for library authors asks, so that they need no using of their own.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>
/// Registers FactCheck in a service collection:
/// <code>
/// services.AddFactCheck(o => o.Disable("FC009"))
///         .AddRule&lt;ReferenceFiguresRule&gt;();
/// services.AddFactCheck(configuration.GetSection("FactCheck"));
/// </code>
/// <see cref="IFactChecker"/> resolves as a singleton built from <see cref="IOptions{TOptions}"/> of
/// <see cref="FactCheckOptions"/> (configured by every <see cref="IConfigureOptions{TOptions}"/>, in registration
/// order) and every <see cref="IClaimRule"/> in the container. The options are validated when first used, or at
/// start in a host. Calling these methods again adds nothing twice.
/// </summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFactChecker"/>, <see cref="FactCheckOptions"/> and their validation at start, and
    /// <see cref="FactCheck.Reporting.ReportWriters"/>: the built-in report formats and any
    /// <see cref="FactCheck.Reporting.IReportWriter"/> registered as a service, by name.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for adding rules and configuring the options.</returns>
    public static IFactCheckBuilder AddFactCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new FactCheckBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<FactCheckOptions>) && d.ImplementationType == typeof(FactCheckOptionsValidator)))
        {
            return builder;
        }
        services.AddOptions<FactCheckOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactCheckOptions>, FactCheckOptionsValidator>());
        services.TryAddSingleton<IFactChecker>(CreateChecker);
        services.TryAddSingleton(provider => provider.GetServices<IReportWriter>().Aggregate(ReportWriters.BuiltIn, (all, writer) => all.With(writer)));
        return builder;
    }

    /// <summary>Registers FactCheck and a step that configures its options, run after the steps registered before it.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; runs when the options are first needed.</param>
    /// <returns>A builder for adding rules and configuring the options.</returns>
    public static IFactCheckBuilder AddFactCheck(this IServiceCollection services, Action<FactCheckOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddFactCheck().Configure(configure);
    }

    /// <summary>
    /// Registers FactCheck with its options bound from <paramref name="configuration"/>, a section shaped as
    /// <c>factcheck.json</c> (<c>Severity</c>, <c>ApproximateTolerance</c>, <c>Units</c>, <c>Suppressions</c>…).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("FactCheck")</c>.</param>
    /// <returns>A builder for adding rules and configuring the options.</returns>
    public static IFactCheckBuilder AddFactCheck(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddFactCheck().Bind(configuration);
    }

    private static FactChecker CreateChecker(IServiceProvider provider) =>
        new(provider.GetRequiredService<IOptions<FactCheckOptions>>().Value, provider.GetServices<IClaimRule>());
}
