using CxOkr.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CxOkr.Storage.Tests.Postgres;

/// <summary>Argument checks that need no database (these run without PostgreSQL).</summary>
public sealed class PostgresArgumentTests
{
    private const string AnyConnection = "Host=localhost;Database=nowhere;Username=nobody";

    [Theory]
    [InlineData("x\"; DROP SCHEMA public CASCADE; --")]
    [InlineData("has space")]
    [InlineData("1starts_with_digit")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("ünïcode")]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused(string schema)
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgresOkrStore(AnyConnection, schema));
        Assert.Contains("schema name", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCxOkrPostgres(AnyConnection, schema: schema));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("_cx")]
    [InlineData("Okr_2026")]
    public void A_plain_identifier_is_accepted_without_connecting(string schema)
    {
        using var store = new PostgresOkrStore(AnyConnection, schema);
        Assert.Equal(schema, store.Schema);
    }

    [Fact]
    public void A_blank_connection_string_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new PostgresOkrStore(" "));
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddCxOkrPostgres(""));
    }
}
