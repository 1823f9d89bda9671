"""Exception types and the exit codes the command line maps them to.

Every error a user can cause is a :class:`DiplographError`; the CLI prints its
message on one line and exits with its ``exit_code``.  Anything else is a bug.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error caused by input, configuration or environment."""

    exit_code = 1


class InputError(DiplographError):
    """An article, path or argument that cannot be used as given."""

    exit_code = 2


class StoreError(DiplographError):
    """The store cannot be opened, read or written."""

    exit_code = 3


class QueryError(DiplographError):
    """A SPARQL query or one of its parameters is malformed or unknown."""

    exit_code = 4


class ModelError(DiplographError):
    """The spaCy model cannot be loaded."""

    exit_code = 5


class ReasonerError(DiplographError):
    """The OWL reasoner (HermiT, run by owlready2 on Java) cannot run."""

    exit_code = 6
