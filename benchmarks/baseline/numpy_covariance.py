#!/usr/bin/env python3
"""Side-by-side baseline for AccumulatorBenchmarks: numpy's weighted covariance on the same shapes.

Run with Debian's interpreter and numpy (apt-get install python3-numpy):
    /usr/bin/python3 benchmarks/baseline/numpy_covariance.py
Data: n rows x p columns of uniform values in [1, 10) and weights in [0.5, 1.5), generated in memory with
a fixed seed (numpy's generator, so not the same numbers as the C# benchmark, but the same shapes and
ranges; the work does not depend on the values). Timed: np.cov(X, rowvar=False, aweights=w), which
returns the weighted covariance matrix, i.e. the same statistics as one pass of the accumulator
(means and co-moments). Reported: mean and standard deviation of 10 timed runs after 2 warm-up runs.
"""
import statistics
import time

import numpy as np

rng = np.random.default_rng(2026)
print(f"numpy {np.__version__}")
print("| n | p | numpy np.cov mean (ms) | sd (ms) |")
print("|---:|---:|---:|---:|")
for n in (10_000, 100_000, 1_000_000):
    for p in (10, 20, 30):
        x = 1 + 9 * rng.random((n, p))
        w = 0.5 + rng.random(n)
        for _ in range(2):
            np.cov(x, rowvar=False, aweights=w)
        times = []
        for _ in range(10):
            t0 = time.perf_counter()
            c = np.cov(x, rowvar=False, aweights=w)
            times.append((time.perf_counter() - t0) * 1000)
        assert np.isfinite(c).all()
        print(f"| {n:,} | {p} | {statistics.mean(times):.2f} | {statistics.stdev(times):.2f} |")
