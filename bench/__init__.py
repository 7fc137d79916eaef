"""Benchmarks: how Lägesbild scales from one kommun to all of Sweden (see docs/benchmarks.md).

`python -m bench.run` (or `make bench`) generates seeded data in bench/work/, times every scenario
against a baseline timed in the same run and writes bench/RESULTS.md. Not part of `make test`;
tests/test_bench_smoke.py runs the same code paths with tiny N.
"""
