using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.DependencyInjection;

/// <summary>
/// Configures FactCheck in a service collection: returned by <c>AddFactCheck</c>, for adding rules
/// (<c>AddRule&lt;T&gt;()</c>), configuration steps (<c>Configure</c>) and bound configuration (<c>Bind</c>).
/// </summary>
public interface IFactCheckBuilder
{
    /// <summary>The services being configured.</summary>
    IServiceCollection Services { get; }
}
