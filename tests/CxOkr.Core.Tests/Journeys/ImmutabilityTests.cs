using System.Reflection;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Journeys;

/// <summary>Every public type in CxOkr.Journeys, CxOkr.Measures and CxOkr.Findings is immutable: no public setters, no writable fields.</summary>
public sealed class ImmutabilityTests
{
    private static IEnumerable<Type> Types() =>
        typeof(Journey).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "CxOkr.Journeys" or "CxOkr.Measures" or "CxOkr.Findings")
            .Where(t => !t.IsEnum && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t));

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Types())
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_type_is_immutable_and_sealed(Type type)
    {
        Assert.True(type.IsSealed || type.IsValueType, $"{type.Name} is not sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            // init-only setters of positional records and record structs are allowed: values cannot change after construction.
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter");
        }

        Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
    }

    [Fact]
    public void Theory_covers_the_main_types()
    {
        var types = Types().ToList();
        Assert.Contains(typeof(MetricDefinition), types);
        Assert.Contains(typeof(MetricResult), types);
        Assert.Contains(typeof(MeasureOptions), types);
    }
}
