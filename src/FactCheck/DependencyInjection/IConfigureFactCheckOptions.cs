namespace FactCheck.DependencyInjection;

/// <summary>One step that configures <see cref="FactCheckOptions"/> when the checker is created; steps run in registration order.</summary>
public interface IConfigureFactCheckOptions
{
    /// <summary>Applies this step to <paramref name="options"/>.</summary>
    void Configure(FactCheckOptions options);
}

internal sealed class ConfigureFactCheckOptions(Action<FactCheckOptions> configure) : IConfigureFactCheckOptions
{
    public void Configure(FactCheckOptions options) => configure(options);
}
