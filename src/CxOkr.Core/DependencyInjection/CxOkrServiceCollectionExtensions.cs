using CxOkr.Alignment;
using CxOkr.DependencyInjection;
using CxOkr.Drivers;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Services;
using CxOkr.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CxOkr.Core's stores, services and options.</summary>
public static class CxOkrServiceCollectionExtensions
{
    // One delegate instance behind every in-memory store registration, so a storage adapter can tell the
    // defaults AddCxOkr made from a host's own registrations (IsInMemoryStoreDefault).
    private static readonly Func<IServiceProvider, object> InMemoryStoreFactory = static sp => sp.GetRequiredService<InMemoryOkrStore>();

    /// <summary>
    /// Registers the in-memory stores (one <see cref="InMemoryOkrStore"/> behind <see cref="IObjectiveStore"/>,
    /// <see cref="ICheckInStore"/>, <see cref="IOrgStore"/>, <see cref="IJourneyStore"/> and <see cref="IResponseStore"/>),
    /// <see cref="OkrScoringService"/>, <see cref="AlignmentService"/>, <see cref="KeyDriverService"/>,
    /// <see cref="IOkrScorer"/>, <see cref="IAlignmentChecker"/>, <see cref="IKeyDriverAnalyzer"/>, a
    /// <see cref="ProgrammeReportBuilder"/> built from them (without bootstrap intervals), the option records
    /// (<see cref="ScoringOptions"/>, <see cref="AlignmentOptions"/>, <see cref="KeyDriverOptions"/>, <see cref="MeasureOptions"/>, read from
    /// <c>IOptions&lt;CxOkrOptions&gt;</c>) and <see cref="TimeProvider.System"/>, each only if the host has not registered its own
    /// (<c>TryAdd</c>), so a host's registration wins whatever the order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">
    /// Configures <see cref="CxOkrOptions"/> through <c>services.AddOptions&lt;CxOkrOptions&gt;().Configure(configure)</c>; calling
    /// <c>AddCxOkr</c> again adds another step, run in order on the same options.
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    /// <remarks>
    /// The options are validated once, by an <c>IValidateOptions&lt;CxOkrOptions&gt;</c> registered with <c>ValidateOnStart</c>:
    /// a generic host refuses to start with invalid options, and without a host the first service that reads them throws
    /// <see cref="OptionsValidationException"/>, whose message names each bad option. The services are transient, so they
    /// work with stores of any lifetime (a host's scoped database-backed store included); the other registrations are
    /// singletons. The registered <see cref="IAlignmentChecker"/> also runs every <see cref="IAlignmentRule"/> the host registers.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCxOkr(this IServiceCollection services, Action<CxOkrOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CxOkrOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CxOkrOptions>, CxOkrOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<CxOkrOptions>>().Value.Scoring);
        services.TryAddSingleton<IOkrScorer>(static sp => new OkrScorer(sp.GetRequiredService<ScoringOptions>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<CxOkrOptions>>().Value.Alignment);
        services.TryAddSingleton<IAlignmentChecker>(static sp => new AlignmentChecker(sp.GetRequiredService<AlignmentOptions>(), sp.GetServices<IAlignmentRule>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<CxOkrOptions>>().Value.KeyDrivers);
        services.TryAddSingleton<IKeyDriverAnalyzer>(static sp => new KeyDriverAnalyzer(sp.GetRequiredService<KeyDriverOptions>()));
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<CxOkrOptions>>().Value.Measures);
        services.TryAddSingleton(static sp => new ProgrammeReportBuilder(
            sp.GetRequiredService<IOkrScorer>(),
            sp.GetRequiredService<IAlignmentChecker>(),
            sp.GetRequiredService<IKeyDriverAnalyzer>(),
            sp.GetRequiredService<MeasureOptions>()));

        services.TryAddSingleton<InMemoryOkrStore>();
        services.TryAddSingleton(typeof(IObjectiveStore), InMemoryStoreFactory);
        services.TryAddSingleton(typeof(ICheckInStore), InMemoryStoreFactory);
        services.TryAddSingleton(typeof(IOrgStore), InMemoryStoreFactory);
        services.TryAddSingleton(typeof(IJourneyStore), InMemoryStoreFactory);
        services.TryAddSingleton(typeof(IResponseStore), InMemoryStoreFactory);

        services.TryAddTransient<OkrScoringService>();
        services.TryAddTransient<AlignmentService>();
        services.TryAddTransient<KeyDriverService>();
        return services;
    }

    /// <summary>
    /// Whether <paramref name="descriptor"/> is one of the in-memory store registrations <see cref="AddCxOkr"/> made as a
    /// default, which a storage adapter (such as <c>AddCxOkrSqlite</c>) may replace while keeping the host's own stores.
    /// </summary>
    /// <param name="descriptor">A registration.</param>
    /// <returns><see langword="true"/> for an unkeyed store interface registered by <see cref="AddCxOkr"/> to resolve the <see cref="InMemoryOkrStore"/>; otherwise <see langword="false"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public static bool IsInMemoryStoreDefault(ServiceDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return !descriptor.IsKeyedService && ReferenceEquals(descriptor.ImplementationFactory, InMemoryStoreFactory);
    }
}
