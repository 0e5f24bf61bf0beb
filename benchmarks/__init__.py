"""Benchmarks: a generated news corpus and a timing of the nightly path, stage by stage (`make bench`)."""
