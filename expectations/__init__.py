"""Data-quality suites as data (one YAML file per table) and the code that runs them with Great Expectations."""
