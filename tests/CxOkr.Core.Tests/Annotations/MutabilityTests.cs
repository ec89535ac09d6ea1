using System.Reflection;
using CxOkr.Alignment;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Okrs;

namespace CxOkr.Tests.Annotations;

/// <summary>
/// Every public class of the OKR, journey, measure, finding, alignment, driver, reporting and serialization
/// namespaces is sealed and immutable (no public setters but init, no writable public fields), the option
/// records included: hosts change a copy with <c>with</c>, and the one mutable holder, <c>CxOkrOptions</c>
/// (namespace CxOkr.DependencyInjection), only carries them through <c>AddCxOkr(options => ...)</c>.
/// </summary>
public sealed class MutabilityTests
{

    private static IEnumerable<Type> Types() =>
        typeof(Objective).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "CxOkr" or "CxOkr.Okrs" or "CxOkr.Journeys" or "CxOkr.Measures" or "CxOkr.Findings" or "CxOkr.Alignment" or "CxOkr.Drivers" or "CxOkr.Reporting" or "CxOkr.Serialization")
            .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t));

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
    public void Public_type_is_sealed_and_immutable(Type type)
    {
        // A closed hierarchy counts as sealed: an abstract base whose constructors are all private protected or
        // private (OutcomeDriverResult) cannot be derived from outside the library, and its derived types are sealed.
        var closed = type.IsAbstract && type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).All(c => c.IsPrivate || c.IsFamilyAndAssembly)
            && type.Assembly.GetTypes().Where(t => t.BaseType == type).All(t => t.IsSealed);
        Assert.True(type.IsSealed || type.IsValueType || closed, $"{type.Name} is not sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } setter)
            {
                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
                Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter");
            }
        }

        Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
    }

    [Fact]
    public void Theory_covers_the_main_types()
    {
        var types = Types().ToList();
        Assert.Contains(typeof(Objective), types);
        Assert.Contains(typeof(KeyResult), types);
        Assert.Contains(typeof(OkrScorecard), types);
        Assert.Contains(typeof(CascadeGraph), types);
        Assert.Contains(typeof(Workspace), types);
        Assert.Contains(typeof(CxOkr.Reporting.ProgrammeReport), types);
        Assert.Contains(typeof(MetricDefinition), types);
        Assert.Contains(typeof(MetricResult), types);
        Assert.Contains(typeof(MeasureOptions), types);
        Assert.Contains(typeof(ScoringOptions), types);
        Assert.Contains(typeof(AlignmentOptions), types);
        Assert.Contains(typeof(CxOkr.Drivers.KeyDriverOptions), types);
        Assert.Contains(typeof(CxOkr.Drivers.BootstrapOptions), types);
    }
}
