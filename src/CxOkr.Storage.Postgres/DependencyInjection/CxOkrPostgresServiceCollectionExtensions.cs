using CxOkr.DependencyInjection;
using CxOkr.Storage;
using CxOkr.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL stores of CxOkr.Storage.Postgres.</summary>
public static class CxOkrPostgresServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything <see cref="CxOkrServiceCollectionExtensions.AddCxOkr"/> does, with one
    /// <see cref="PostgresOkrStore"/> singleton behind <see cref="IObjectiveStore"/>, <see cref="ICheckInStore"/>,
    /// <see cref="IOrgStore"/>, <see cref="IJourneyStore"/> and <see cref="IResponseStore"/> in place of the in-memory
    /// store, whether <c>AddCxOkr</c> is called before or after. A store interface the host registered itself keeps
    /// the host's registration: only the in-memory defaults of <c>AddCxOkr</c> are replaced.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string; see <see cref="PostgresOkrStore(string, string)"/>.</param>
    /// <param name="configure">Configures the options, as for <c>AddCxOkr</c>.</param>
    /// <param name="schema">The PostgreSQL schema that holds the tables; <c>public</c> by default.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <remarks>The store is created on first resolution; the tables on first use; the provider disposes it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or <paramref name="schema"/> is not an allowed name.</exception>
    public static IServiceCollection AddCxOkrPostgres(this IServiceCollection services, string connectionString, Action<CxOkrOptions>? configure = null, string schema = "public")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        PostgresSchema.Quote(schema);

        // Drop the in-memory defaults an earlier AddCxOkr made (never a host's own store), then add ours with
        // TryAdd so a store the host registered wins; a later AddCxOkr finds ours and adds nothing.
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (CxOkrServiceCollectionExtensions.IsInMemoryStoreDefault(services[i]))
            {
                services.RemoveAt(i);
            }
        }

        services.RemoveAll<PostgresOkrStore>();
        services.AddSingleton(_ => new PostgresOkrStore(connectionString, schema));
        services.TryAddSingleton<IObjectiveStore>(static sp => sp.GetRequiredService<PostgresOkrStore>());
        services.TryAddSingleton<ICheckInStore>(static sp => sp.GetRequiredService<PostgresOkrStore>());
        services.TryAddSingleton<IOrgStore>(static sp => sp.GetRequiredService<PostgresOkrStore>());
        services.TryAddSingleton<IJourneyStore>(static sp => sp.GetRequiredService<PostgresOkrStore>());
        services.TryAddSingleton<IResponseStore>(static sp => sp.GetRequiredService<PostgresOkrStore>());
        services.AddCxOkr(configure);
        return services;
    }
}
