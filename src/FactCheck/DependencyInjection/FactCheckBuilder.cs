using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.DependencyInjection;

internal sealed class FactCheckBuilder(IServiceCollection services) : IFactCheckBuilder
{
    public IServiceCollection Services { get; } = services;
}
