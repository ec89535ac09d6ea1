#!/usr/bin/env python3
"""The issue-18 baseline: numpy's loadtxt of the drivers CSV (header skipped), printing the shape.

Usage: /usr/bin/time -v /usr/bin/python3 benchmarks/numpy-loadtxt.py FILE.csv
"""
import sys

import numpy

data = numpy.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
print(data.shape)
