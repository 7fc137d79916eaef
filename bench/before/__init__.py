"""Frozen copies of data_ingest/normalise.py, data_ingest/store.py and geo.PlaceMatcher as they were
before the benchmark's performance edits (git 13be106; the matcher as of 0672385), for the
before/after in bench/RESULTS.md and for bench/check_equivalence.py. Not used by the application.
maps_pre_compact.py and map_context_pre_compact.py: the map builder before the compact map data
(integ 6294503), for section 3's before/after."""
