"""Extraction: the model's workers (local processes or a Dask cluster), the reference data they load, and
the extractor's version."""
