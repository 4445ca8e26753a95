"""Which short names name a declared full name (``names_same_person``)."""

import pytest

from claims.importing.names import names_same_person


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Sarah", "Sarah Guo", True),
        ("Guo", "Sarah Guo", True),
        ("Dr. Guo", "Sarah Guo", True),
        ("SARAH GUO", "Sarah Guo", True),
        ("Sara", "Sarah Guo", False),
        ("de Vries", "Pieter de Vries", True),
        ("De Vries", "Pieter de Vries", True),
        ("Dr. de Vries", "Pieter de Vries", True),
        ("van der Berg", "Anna van der Berg", True),
        ("Van Der Berg", "Anna van der Berg", True),
        ("der Berg", "Anna van der Berg", True),
        ("García Márquez", "Gabriel García Márquez", True),
        ("Garcia Marquez", "Gabriel García Márquez", True),
        ("Le Pen", "Marine Le Pen", True),
        ("bin Salman", "Mohammed bin Salman", True),
        ("Mary Ann", "Mary Ann Evans", True),
        ("Ana Ruiz", "Maria Ana Ruiz", True),
        # Never a different person, nor half a name ending on a particle.
        ("Anna van", "Anna van der Berg", False),
        ("de Vries", "Pieter van Vries", False),
        ("Ana Ruiz", "Ana Ruiz Lopez Garcia", True),
        ("Ana Lopez", "Ana Ruiz Lopez Garcia", False),
        ("Ana Maria", "Ana Ruiz", False),
        ("Maria Ruiz", "Maria Ana Ruiz", False),
        ("Pieter de Vries", "de Vries", False),
        ("Ana Ruiz", "Ruiz", False),
        ("", "Sarah Guo", False),
    ],
)
def test_a_short_name_names_the_full_one(short, full, same):
    assert names_same_person(short, full) is same
