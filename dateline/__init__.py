"""Dateline: a nightly ETL for news articles."""
