using CxOkr.Alignment;
using CxOkr.DependencyInjection;
using CxOkr.Drivers;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Services;
using CxOkr.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CxOkr.Core's stores, services and options.</summary>
public static class CxOkrServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-memory stores (one <see cref="InMemoryOkrStore"/> behind <see cref="IObjectiveStore"/>,
    /// <see cref="ICheckInStore"/>, <see cref="IOrgStore"/>, <see cref="IJourneyStore"/> and <see cref="IResponseStore"/>),
    /// <see cref="OkrScoringService"/>, <see cref="AlignmentService"/>, <see cref="KeyDriverService"/>,
    /// <see cref="IOkrScorer"/>, <see cref="IAlignmentChecker"/>, <see cref="IKeyDriverAnalyzer"/>, a
    /// <see cref="ProgrammeReportBuilder"/> built from them (without bootstrap intervals), their options
    /// (<see cref="ScoringOptions"/>, <see cref="AlignmentOptions"/>, <see cref="KeyDriverOptions"/>, <see cref="MeasureOptions"/>) and
    /// <see cref="TimeProvider.System"/>, each only if the host has not registered its own (<c>TryAdd</c>), so a
    /// host's registration wins whatever the order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; calling <c>AddCxOkr</c> again configures the same options instance.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <remarks>
    /// The services are transient, so they work with stores of any lifetime (a host's scoped
    /// database-backed store included); the other registrations are singletons. The registered
    /// <see cref="IAlignmentChecker"/> also runs every <see cref="IAlignmentRule"/> the host registers.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The configured scoring, alignment or key-driver options are invalid; the message names the property.</exception>
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
        options.Alignment.Validate();
        options.KeyDrivers.Validate();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => sp.GetRequiredService<CxOkrOptions>().Scoring);
        services.TryAddSingleton<IOkrScorer>(static sp => new OkrScorer(sp.GetRequiredService<ScoringOptions>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<CxOkrOptions>().Alignment);
        services.TryAddSingleton<IAlignmentChecker>(static sp => new AlignmentChecker(sp.GetRequiredService<AlignmentOptions>(), sp.GetServices<IAlignmentRule>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<CxOkrOptions>().KeyDrivers);
        services.TryAddSingleton<IKeyDriverAnalyzer>(static sp => new KeyDriverAnalyzer(sp.GetRequiredService<KeyDriverOptions>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<CxOkrOptions>().Measures);
        services.TryAddSingleton(static sp => new ProgrammeReportBuilder(
            sp.GetRequiredService<IOkrScorer>(),
            sp.GetRequiredService<IAlignmentChecker>(),
            sp.GetRequiredService<IKeyDriverAnalyzer>(),
            sp.GetRequiredService<MeasureOptions>()));

        services.TryAddSingleton<InMemoryOkrStore>();
        services.TryAddSingleton<IObjectiveStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<ICheckInStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<IOrgStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<IJourneyStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());
        services.TryAddSingleton<IResponseStore>(static sp => sp.GetRequiredService<InMemoryOkrStore>());

        services.TryAddTransient<OkrScoringService>();
        services.TryAddTransient<AlignmentService>();
        services.TryAddTransient<KeyDriverService>();
        return services;
    }
}
