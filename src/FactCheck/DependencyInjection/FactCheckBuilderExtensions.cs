using System.Diagnostics.CodeAnalysis;
using FactCheck;
using FactCheck.DependencyInjection;
using FactCheck.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Namespace does not match folder: beside AddFactCheck, so that the builder's methods need no using of their own.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds rules and configuration steps through the builder that <c>AddFactCheck</c> returns.</summary>
public static class FactCheckBuilderExtensions
{
    /// <summary>Adds a rule that the container creates, so that it can take its own dependencies (a reference dataset, a clock).</summary>
    /// <typeparam name="TRule">The rule type; registered once however often this is called.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IFactCheckBuilder AddRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IFactCheckBuilder builder)
        where TRule : class, IClaimRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimRule, TRule>());
        return builder;
    }

    /// <summary>Adds a rule instance; a second instance of the same type is ignored.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The builder.</returns>
    public static IFactCheckBuilder AddRule(this IFactCheckBuilder builder, IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimRule>(rule));
        return builder;
    }

    /// <summary>Adds a step that configures the options, after the earlier ones: <c>services.Configure&lt;FactCheckOptions&gt;</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets options.</param>
    /// <returns>The builder.</returns>
    public static IFactCheckBuilder Configure(this IFactCheckBuilder builder, Action<FactCheckOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds a step that sets the options from <paramref name="configuration"/>, a section shaped as <c>factcheck.json</c>:
    /// <code>
    /// "FactCheck": {
    ///   "Severity": { "FC009": "silent", "FC007": "error" },
    ///   "ApproximateTolerance": 0.10, "ImpliedPrecision": true, "SignificantChange": 0.10, "NameSimilarityThreshold": 0.9,
    ///   "IncludeBuiltInRules": true, "MaxDegreeOfParallelism": 4,
    ///   "Units": { "troops": [ "marines" ] },
    ///   "Suppressions": [ { "Rule": "FC007", "Claims": [ "m1", "m2" ], "Justification": "Both spellings are quoted." } ]
    /// }
    /// </code>
    /// Keys are read by hand, not by reflection, so binding is safe under trimming and Native AOT. A bad value
    /// or an unknown key fails validation, naming its key, when the options are first used (at start in a host);
    /// what it leaves out keeps its value.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("FactCheck")</c>.</param>
    /// <returns>The builder.</returns>
    public static IFactCheckBuilder Bind(this IFactCheckBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var binding = new FactCheckOptionsBinding(configuration);
        builder.Services.AddSingleton<IConfigureOptions<FactCheckOptions>>(binding);
        builder.Services.AddSingleton<IValidateOptions<FactCheckOptions>>(binding);
        return builder;
    }
}
