"""Stable keys: the same natural key gives the same surrogate key in every run and every rebuild."""

import hashlib

import polars as pl


def stable_key(*parts: str) -> int:
    """A signed 64-bit key from a hash of the natural key (dbt's generate_surrogate_key, as an integer)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def key_column(natural: pl.Expr) -> pl.Expr:
    """Surrogate key column from a String natural-key expression."""
    return natural.map_elements(stable_key, return_dtype=pl.Int64)
