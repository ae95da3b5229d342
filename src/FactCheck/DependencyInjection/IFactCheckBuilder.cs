using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.DependencyInjection;

/// <summary>Configures FactCheck in a service collection: returned by <c>AddFactCheck</c>, for adding rules.</summary>
public interface IFactCheckBuilder
{
    /// <summary>The services being configured.</summary>
    IServiceCollection Services { get; }
}
