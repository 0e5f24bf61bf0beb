"""Pure transforms: bytes or DataFrames in, DataFrames out. No file, database or Prefect access."""
