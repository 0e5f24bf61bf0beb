"""Whole nights for the tests: the real flow, given its one parameter model."""

from dateline.parameters import night_parameters


def run_night(**values) -> dict:
    """The nightly flow on NightParameters(**values); an unusable value raises SettingsError naming it."""
    from flows.nightly import nightly

    return nightly(night_parameters(**values))
