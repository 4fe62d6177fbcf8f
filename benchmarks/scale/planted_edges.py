#!/usr/bin/env python3
"""Writes the planted partition of `scale` (ScaleTiming.cs) as an edge file, for side-by-side runs of `nvc` and the
peers on the 50M graph's shape at a smaller size: COMMUNITIES communities of 5,000 nodes, 16 expected neighbours inside
and 4 outside, duplicates and self-loops dropped.
Usage: /usr/bin/python3 benchmarks/scale/planted_edges.py COMMUNITIES OUT.edges [SEED]   (200 → 1 M nodes, 10 M edges)
The draw is numpy's, not ScaleTiming's: same distribution, other graph."""
import sys

import numpy as np

communities = int(sys.argv[1])
size = 5000
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
n = communities * size
rng = np.random.default_rng(seed)
p_in = 16.0 / (size - 1)
p_out = 4.0 / (n - size) if communities > 1 else 0.0
us, vs = [], []
for c in range(communities):
    m = rng.binomial(size * (size - 1) // 2, p_in)
    a = rng.integers(0, size, m * 11 // 10)
    b = rng.integers(0, size, m * 11 // 10)
    keep = a != b
    us.append(a[keep][:m] + c * size)
    vs.append(b[keep][:m] + c * size)
m_out = rng.binomial(n * (n - size) // 2, p_out) if communities > 1 else 0
a = rng.integers(0, n, m_out * 2)
b = rng.integers(0, n, m_out * 2)
keep = (a // size) != (b // size)
us.append(a[keep][:m_out])
vs.append(b[keep][:m_out])
u = np.concatenate(us)
v = np.concatenate(vs)
key = np.unique(np.minimum(u, v).astype(np.int64) * n + np.maximum(u, v))
np.savetxt(sys.argv[2], np.stack([key // n, key % n], 1), fmt="%d")
print(f"{n} nodes, {len(key)} edges -> {sys.argv[2]}")
