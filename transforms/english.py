"""English noun forms (inflect), loaded without its run-time argument checks.

inflect decorates 23 methods with typeguard's @typechecked, which re-parses inflect's whole module for
each one at import: 2.2 s of every process that counts or names entities (the main process and each
extraction worker), against 0.1 s without. The checks only catch wrong argument types in development.
"""

import typeguard

_typechecked = typeguard.typechecked
typeguard.typechecked = lambda target=None, **_: target if target is not None else (lambda function: function)
try:
    import inflect
finally:
    typeguard.typechecked = _typechecked

english = inflect.engine()
