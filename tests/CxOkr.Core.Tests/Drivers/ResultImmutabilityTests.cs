using System.Reflection;
using System.Runtime.CompilerServices;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>Result types cannot be changed by a caller: no public setter (init-only accessors of records aside), no array-typed property.</summary>
public sealed class ResultImmutabilityTests
{
    public static TheoryData<Type> ResultTypes => new()
    {
        typeof(KeyDriverResult),
        typeof(DriverResult),
        typeof(KeyDriverBootstrapResult),
        typeof(DriverBootstrap),
        typeof(BootstrapInterval),
        typeof(ListwiseDeletion),
        typeof(KeyDriverSpecification),
        typeof(DriverTable),
        typeof(ColumnTable),
    };

    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void Result_types_are_sealed_and_expose_no_mutable_state(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} should be sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is not null && setter.IsPublic)
            {
                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(initOnly, $"{type.Name}.{property.Name} has a public setter");
            }

            Assert.False(property.PropertyType.IsArray, $"{type.Name}.{property.Name} exposes an array");
        }
    }

    [Fact]
    public void Driver_collections_cannot_be_cast_back_to_writable_arrays()
    {
        var result = new DriverDataset(2, 3, 40).Analyze(new KeyDriverOptions { CompleteDominance = true });
        Assert.False(result.Drivers is DriverResult[]);
        Assert.False(result.Drivers[0].ConditionalDominance is double[]);
        Assert.False(result.CorrelationMatrix[0] is double[]);
        Assert.False(result.CompleteDominance[0] is double[]);
    }
}
