"""PostgreSQL ``tsquery`` text: parsed, reduced to a test of lexemes alone, and tagged.

A search walks the claims month by month through an index of lexemes tagged
with their month (``quantum#202405``, migration 0010; without positions). The
query it asks that index for is derived from the user's ``tsquery`` (the text
PostgreSQL prints for ``websearch_to_tsquery``) here:

* ``necessary`` keeps what any match must satisfy and that a vector without
  positions can decide: a phrase ``a <-> b`` becomes ``a & b``, and a negation
  inside a phrase (``!a <-> b``: no "a" right before "b", though "a" may occur
  elsewhere) is dropped. Matches of the result are a superset of the query's;
  the search checks the query itself on each row it keeps.
* ``render`` writes it back with every lexeme suffixed by a month's tag.

Grammar and operator priorities are PostgreSQL's (``!`` over ``<->`` over ``&``
over ``|``; lexemes quoted, ``'`` and ``\\`` doubled inside), see "Text Search
Types" in its manual. Weights and prefixes (``:A``, ``:*``), which
``websearch_to_tsquery`` does not produce, are refused with ``ValueError``.
"""

import re
from dataclasses import dataclass

TOKEN = re.compile(
    r"\s*(?:'(?P<lexeme>(?:[^'\\]|''|\\.)*)'(?P<flags>:[*A-Da-d]+)?"
    r"|(?P<op>[!&|()])|<(?P<distance>-|\d+)>)"
)


@dataclass(frozen=True)
class Node:
    """One node of a tsquery: ``lexeme`` (``value``), ``not``, ``and``, ``or`` or ``phrase``."""

    kind: str
    value: str = ""
    children: tuple["Node", ...] = ()


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    text = text.strip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ValueError(f"unexpected tsquery text at {position}: {text[position:][:20]!r}")
        position = match.end()
        if match["lexeme"] is not None:
            if match["flags"]:
                raise ValueError("weights and prefixes are not supported")
            tokens.append(("lexeme", re.sub(r"''|\\(.)", _unescape, match["lexeme"])))
        elif match["op"]:
            tokens.append(("op", match["op"]))
        else:
            tokens.append(("op", "<->"))
    return tokens


def _unescape(match: re.Match) -> str:
    return match[1] if match[1] is not None else "'"


class _Parser:
    """Recursive descent over the tokens, by PostgreSQL's operator priorities."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.position = tokens, 0

    def take(self, operator: str) -> bool:
        if self.tokens[self.position : self.position + 1] == [("op", operator)]:
            self.position += 1
            return True
        return False

    def binary(self, kind: str, operator: str, operand) -> Node:
        node = operand()
        while self.take(operator):
            node = Node(kind, children=(node, operand()))
        return node

    def either(self) -> Node:
        return self.binary("or", "|", self.both)

    def both(self) -> Node:
        return self.binary("and", "&", self.phrase)

    def phrase(self) -> Node:
        return self.binary("phrase", "<->", self.unary)

    def unary(self) -> Node:
        if self.take("!"):
            return Node("not", children=(self.unary(),))
        if self.take("("):
            node = self.either()
            if not self.take(")"):
                raise ValueError("unbalanced parentheses in tsquery")
            return node
        if self.position >= len(self.tokens) or self.tokens[self.position][0] != "lexeme":
            raise ValueError(f"expected a lexeme in tsquery at token {self.position}")
        self.position += 1
        return Node("lexeme", self.tokens[self.position - 1][1])


def parse(text: str) -> Node | None:
    """The tree of tsquery ``text`` as PostgreSQL prints it; ``None`` for an empty query.

    Raises ``ValueError`` for text that is not such a query.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    parser = _Parser(tokens)
    node = parser.either()
    if parser.position != len(tokens):
        raise ValueError("trailing text in tsquery")
    return node


def _has_phrase(node: Node) -> bool:
    return node.kind == "phrase" or any(_has_phrase(child) for child in node.children)


def necessary(node: Node | None, in_phrase: bool = False) -> Node | None:
    """A phrase-free condition every match of ``node`` satisfies; ``None`` if there is none.

    Exact for queries without phrases; for phrases, a superset (see the module).
    """
    if node is None or node.kind == "lexeme":
        return node
    if node.kind == "not":
        # Exact where the operand can be decided without positions and is not part
        # of a phrase; otherwise no condition can be drawn from it.
        return None if in_phrase or _has_phrase(node.children[0]) else node
    left, right = (necessary(child, in_phrase or node.kind == "phrase") for child in node.children)
    if node.kind == "or":
        return None if left is None or right is None else Node("or", children=(left, right))
    if left is None or right is None:  # "and" and "phrase": both sides must hold
        return left or right
    return Node("and", children=(left, right))


def matches_empty(node: Node) -> bool:
    """Whether phrase-free ``node`` matches a claim holding none of its lexemes.

    If it does not, every match holds one of its lexemes and an index of lexemes
    can find them all.
    """
    if node.kind == "lexeme":
        return False
    if node.kind == "not":
        return not matches_empty(node.children[0])
    left, right = (matches_empty(child) for child in node.children)
    return (left or right) if node.kind == "or" else (left and right)


def render(node: Node, suffix: str) -> str:
    """Phrase-free ``node`` as tsquery text, every lexeme followed by ``suffix``."""
    if node.kind == "lexeme":
        quoted = (node.value + suffix).replace("\\", "\\\\").replace("'", "''")
        return f"'{quoted}'"
    if node.kind == "not":
        return f"!({render(node.children[0], suffix)})"
    operator = {"and": "&", "or": "|"}[node.kind]
    left, right = (render(child, suffix) for child in node.children)
    return f"({left} {operator} {right})"
