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
    /// store, whether <c>AddCxOkr</c> is called before or after.
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
        services.AddCxOkr(configure);
        services.RemoveAll<SqliteOkrStore>();
        services.AddSingleton(_ => new SqliteOkrStore(connectionString));
        services.RemoveAll<IObjectiveStore>();
        services.RemoveAll<ICheckInStore>();
        services.RemoveAll<IOrgStore>();
        services.RemoveAll<IJourneyStore>();
        services.RemoveAll<IResponseStore>();
        services.AddSingleton<IObjectiveStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.AddSingleton<ICheckInStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.AddSingleton<IOrgStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.AddSingleton<IJourneyStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        services.AddSingleton<IResponseStore>(static sp => sp.GetRequiredService<SqliteOkrStore>());
        return services;
    }
}
