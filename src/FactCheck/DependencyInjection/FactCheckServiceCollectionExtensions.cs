using System.Diagnostics.CodeAnalysis;
using FactCheck.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.DependencyInjection;

/// <summary>
/// Registers FactCheck in a service collection:
/// <code>
/// services.AddFactCheck(o => o.Disable("FC009"))
///         .AddRule&lt;ReferenceFiguresRule&gt;();
/// </code>
/// <see cref="IFactChecker"/> resolves as a singleton built from every configuration step and every
/// <see cref="IClaimRule"/> in the container. Calling these methods again adds nothing twice.
/// </summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFactChecker"/> with the default options, and <see cref="Reporting.ReportWriters"/>: the
    /// built-in report formats and any <see cref="Reporting.IReportWriter"/> registered as a service, by name.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for adding rules.</returns>
    public static IFactCheckBuilder AddFactCheck(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IFactChecker>(CreateChecker);
        services.TryAddSingleton(provider => provider.GetServices<Reporting.IReportWriter>().Aggregate(Reporting.ReportWriters.BuiltIn, (all, writer) => all.With(writer)));
        return new FactCheckBuilder(services);
    }

    /// <summary>Registers <see cref="IFactChecker"/> and a step that configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; runs once, when the checker is first resolved, after earlier steps.</param>
    /// <returns>A builder for adding rules.</returns>
    public static IFactCheckBuilder AddFactCheck(this IServiceCollection services, Action<FactCheckOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton<IConfigureFactCheckOptions>(new ConfigureFactCheckOptions(configure));
        return services.AddFactCheck();
    }

    /// <summary>Adds a rule that the container creates, so that it can take its own dependencies (a reference dataset, a clock).</summary>
    /// <typeparam name="TRule">The rule type; registered once however often this is called.</typeparam>
    public static IFactCheckBuilder AddRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IFactCheckBuilder builder)
        where TRule : class, IClaimRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimRule, TRule>());
        return builder;
    }

    /// <summary>Adds a rule instance; a second instance of the same type is ignored.</summary>
    public static IFactCheckBuilder AddRule(this IFactCheckBuilder builder, IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimRule>(rule));
        return builder;
    }

    /// <summary>Adds a step that configures the options, after the earlier ones.</summary>
    public static IFactCheckBuilder Configure(this IFactCheckBuilder builder, Action<FactCheckOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddSingleton<IConfigureFactCheckOptions>(new ConfigureFactCheckOptions(configure));
        return builder;
    }

    private static FactChecker CreateChecker(IServiceProvider provider)
    {
        var options = new FactCheckOptions();
        foreach (var step in provider.GetServices<IConfigureFactCheckOptions>()) step.Configure(options);
        return new FactChecker(options, provider.GetServices<IClaimRule>());
    }
}
