"""Table tests: a reading app's highlights exported as Markdown (Readwise): each highlight is
its document's author's, without its link, over a paragraph break to its link; the reader's
notes and tags, the metadata and its summary are nobody's. Near misses: Markdown notes with
an "Author:" line but no highlight links."""

import pytest

from claims.importing import highlight_exports

EXPORT = """# The Grid Will Not Wait
![rw-book-cover](https://example.org/cover.jpg)

## Metadata
- Author: [[Oona Pellikka]]
- Summary: Oona Pellikka argues that storage will define the market this decade.
- URL: https://www.northlightreview.com/energy/2026/04/the-grid-will-not-wait

## Highlights
- By the end of the decade, the region will have more batteries than wind farms. ([View Highlight](https://read.readwise.io/read/01))
    - Note: This is the thesis. I'd say 2028 at the earliest.
    - Tags: [[prediction]]
- Cell prices have fallen for three straight years.

My bet is that a four-hour battery will cost less than 150 euros per kWh by mid-2027. ([View Highlight](https://read.readwise.io/read/02))

# Second Article
## Metadata
- Author: [[Desmond Achterberg]]
## Highlights
- Regional airlines will not fly electric before 2030. ([View Highlight](https://read.readwise.io/read/03))
"""


def _at(shaped, words: str) -> str:
    return shaped.lines[next(i for i, t in enumerate(EXPORT.splitlines()) if words in t)]


def test_each_highlight_is_its_documents_author():
    shaped = highlight_exports.reshape(EXPORT.splitlines())
    assert shaped is not None
    assert _at(shaped, "By the end of the decade") == (
        "Oona Pellikka: By the end of the decade, the region will have more batteries than "
        "wind farms."
    )
    # A highlight runs over its paragraph break to its link.
    assert _at(shaped, "My bet is").startswith("Oona Pellikka: My bet is")
    assert _at(shaped, "fly electric").startswith("Desmond Achterberg: Regional airlines")
    for words in ("Note: This is the thesis", "Tags:", "Summary:", "rw-book-cover", "URL:"):
        assert _at(shaped, words) == "", words


@pytest.mark.parametrize(
    "text",
    [
        "# Reading notes\n- Author: [[Oona Pellikka]]\n- She says storage wins by 2030.\n",
        "# Article\n- The grid will not wait. ([View Highlight](https://read.readwise.io/1))\n",
    ],
)
def test_documents_that_are_no_highlight_export(text):
    assert highlight_exports.reshape(text.splitlines()) is None
