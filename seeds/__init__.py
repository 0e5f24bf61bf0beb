"""The reference tables shipped with Dateline (CSV), found through importlib.resources."""
