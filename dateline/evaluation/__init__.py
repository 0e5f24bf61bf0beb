"""Evaluation: the night's extraction scored against the gold sets in gold/."""
