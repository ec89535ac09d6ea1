namespace CxOkr.Measures;

/// <summary>How the p-values of several comparisons made together are adjusted for multiplicity (as R's <c>p.adjust</c>).</summary>
public enum PValueAdjustment
{
    /// <summary>No adjustment: each adjusted p equals its raw p.</summary>
    None,

    /// <summary>Holm (1979) step-down: controls the family-wise error rate; R's <c>p.adjust(p, "holm")</c>.</summary>
    Holm,

    /// <summary>Benjamini and Hochberg (1995) step-up: controls the false discovery rate; R's <c>p.adjust(p, "BH")</c>.</summary>
    BenjaminiHochberg,
}
