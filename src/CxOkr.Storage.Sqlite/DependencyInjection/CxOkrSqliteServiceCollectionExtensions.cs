using CxOkr.DependencyInjection;
using CxOkr.Storage;
using CxOkr.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite stores of CxOkr.Storage.Sqlite.</summary>
public static class CxOkrSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything <see cref="CxOkrServiceCollectionExtensions.AddCxOkr"/> does, with one
    /// <see cref="SqliteOkrStore"/> singleton behind <see cref="IObjectiveStore"/>, <see cref="ICheckInStore"/>,
    /// <see cref="IOrgStore"/>, <see cref="IJourneyStore"/> and <see cref="IResponseStore"/> in place of the in-memory
    /// store, whether <c>AddCxOkr</c> is called before or after. A store interface the host registered itself keeps
    /// the host's registration: only the in-memory defaults of <c>AddCxOkr</c> are replaced.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string, a file path, or <c>:memory:</c>; see <see cref="SqliteOkrStore(string)"/>.</param>
    /// <param name="configure">Configures the options, as for <c>AddCxOkr</c>.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <remarks>The store is created on first resolution; the schema on first use; the provider disposes it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddCxOkrSqlite(this IServiceCollection services, string connectionString, Action<CxOkrOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Drop the in-memory defaults an earlier AddCxOkr made (never a host's own store), then add ours with
        // TryAdd so a store the host registered wins; a later AddCxOkr finds ours and adds nothing.
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (CxOkrServiceCollectionExtensions.IsInMemoryStoreDefault(services[i]))
            {
                services.RemoveAt(i);
            }
        }

        services.RemoveAll<SqliteOkrStore>();
        services.AddSingleton(_ => new SqliteOkrStore(connectionString));
        services.TryAddSingleton<IObjectiveStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.TryAddSingleton<ICheckInStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.TryAddSingleton<IOrgStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.TryAddSingleton<IJourneyStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.TryAddSingleton<IResponseStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.AddCxOkr(configure);
        return services;
    }
}
