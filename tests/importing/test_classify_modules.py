"""The classifier's rules, split along their seams, keep the names the readers import.

``claims.importing.classify`` reads its rules from ``wording``, ``forecasts``, ``chatter``,
``fragments`` and ``advice``; every name another module imports from it is still there, and
is the very object of the module the rule lives in (one rule, one place).
"""

import ast
from pathlib import Path

import pytest

from claims.importing import advice, chatter, classify, forecasts, fragments, wording

ROOT = Path(__file__).resolve().parents[2]
SEAMS = (wording, forecasts, chatter, fragments, advice)


def _imported_from_classify() -> set[str]:
    names = set()
    for path in [*ROOT.joinpath("claims").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "claims.importing.classify":
                names.update(alias.name for alias in node.names)
    return names


IMPORTED = sorted(_imported_from_classify())


def test_the_readers_import_names_from_the_classifier():
    assert {"classify", "is_candidate", "looks_like_prediction", "FRAGMENT", "PAST_TENSE"} <= set(
        IMPORTED
    )


@pytest.mark.parametrize("name", IMPORTED)
def test_every_name_imported_from_the_classifier_is_there(name):
    assert hasattr(classify, name)


@pytest.mark.parametrize("name", classify.__all__)
def test_each_name_the_classifier_gives_is_its_home_modules_own(name):
    value = getattr(classify, name)
    homes = [module for module in SEAMS if vars(module).get(name) is value]
    assert homes or getattr(value, "__module__", None) == classify.__name__


@pytest.mark.parametrize("module", [*SEAMS, classify], ids=lambda m: m.__name__)
def test_each_module_of_the_classifier_stays_under_five_hundred_lines(module):
    assert len(Path(module.__file__).read_text().splitlines()) < 500


@pytest.mark.parametrize(
    "function",
    [
        chatter.is_filler,
        chatter.is_prompt,
        chatter.is_housekeeping,
        forecasts.looks_like_prediction,
        forecasts.refuses_to_forecast,
        forecasts.undated_belief,
        fragments.fragment_remark,
        classify.doubt_remark,
        wording._bare,
    ],
)
def test_the_cached_checks_are_bounded(function):
    assert function.cache_parameters()["maxsize"] is not None


def test_every_cached_check_of_the_seams_is_reachable_from_the_classifier():
    # The importer's timing (bench/importing.py) clears the caches it finds in ``classify``.
    cached = {
        id(value)
        for module in SEAMS
        for value in vars(module).values()
        if hasattr(value, "cache_clear") and value.__module__ == module.__name__
    }
    assert cached
    assert cached <= {id(value) for value in vars(classify).values()}
