namespace CxOkr.Journeys;

/// <summary>Who travels a <see cref="Journey"/>.</summary>
public enum JourneyAudience
{
    /// <summary>Customers (buying, onboarding, getting help).</summary>
    Customer,

    /// <summary>Employees (onboarding of new staff, internal support).</summary>
    Employee,
}
