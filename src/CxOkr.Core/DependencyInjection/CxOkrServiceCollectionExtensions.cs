using CxOkr.DependencyInjection;
using CxOkr.Okrs;
using CxOkr.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CxOkr.Core's stores, services and options.</summary>
public static class CxOkrServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-memory stores (one <see cref="InMemoryOkrStore"/> behind <see cref="IObjectiveStore"/>,
    /// <see cref="ICheckInStore"/> and <see cref="IOrgStore"/>), <see cref="OkrScoringService"/>,
    /// <see cref="IOkrScorer"/>, <see cref="ScoringOptions"/> and <see cref="TimeProvider.System"/>, each only if
    /// the host has not registered its own (<c>TryAdd</c>), so a host's registration wins whatever the order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; calling <c>AddCxOkr</c> again configures the same options instance.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <remarks>
    /// <see cref="OkrScoringService"/> is transient, so it works with stores of any lifetime (a host's scoped
    /// database-backed store included); the other registrations are singletons.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The configured scoring options are invalid; the message names the property.</exception>
    public static IServiceCollection AddCxOkr(this IServiceCollection services, Action<CxOkrOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.FirstOrDefault(static d => d.ServiceType == typeof(CxOkrOptions) && !d.IsKeyedService)?.ImplementationInstance as CxOkrOptions;
        if (options is null)
        {
            options = new CxOkrOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);
        options.Scoring.Validate();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => sp.GetRequiredService<CxOkrOptions>().Scoring);
        services.TryAddSingleton<IOkrScorer>(static sp => new OkrScorer(sp.GetRequiredService<ScoringOptions>()));

        services.TryAddSingleton<InMemoryOkrStore>();
        services.TryAddSingleton<IObjectiveStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<ICheckInStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<IOrgStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());

        services.TryAddTransient<OkrScoringService>();
        return services;
    }
}
