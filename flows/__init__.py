"""Prefect flows: orchestration only, one flow per file."""
