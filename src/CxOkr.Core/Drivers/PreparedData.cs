using CxOkr.Data;

namespace CxOkr.Drivers;

/// <summary>The analysed columns of a table (NaN = missing) and the rows kept by listwise deletion.</summary>
internal sealed record PreparedData(double[] Y, double[][] X, double[]? W, List<int> Used, ListwiseDeletion Rows);
