namespace CxOkr.Drivers;

/// <summary>Why a logistic or ordinal key-driver model has no (finite, unique) estimates.</summary>
public enum ModelFitProblem
{
    /// <summary>Complete or quasi-complete separation: a driver or a combination predicts the outcome perfectly, fitted probabilities reach 0 or 1 and coefficients diverge.</summary>
    Separation = 0,

    /// <summary>The iterations did not converge within the limit.</summary>
    NoConvergence = 1,

    /// <summary>An ordered level of the outcome has no row left after listwise deletion.</summary>
    EmptyLevel = 2,

    /// <summary>The outcome takes a single value over the rows used.</summary>
    SingleLevelOutcome = 3,

    /// <summary>A driver takes a single value over the rows used.</summary>
    ConstantDriver = 4,

    /// <summary>A driver is (nearly) an exact linear combination of the drivers before it.</summary>
    CollinearDrivers = 5,
}
