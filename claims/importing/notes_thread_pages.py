"""Issue pages and forum topics copied whole, read in notes (a part of the notes reader,
``notes``): each post's header opens its author's turn, dated by the day it gives; the
page's own lines are left out as chrome (the shapes: ``thread_pages``). The author is the
handle, asked about, or the name beside it, in their signature or in their
self-introduction when that plainly is the handle's owner, with a remark; a bot's posts
are nobody's.

``ThreadPageLines`` holds the page's posts as class defaults; ``self`` is a
``notes._NotesReader``.
"""

from claims.importing.forums import Byline
from claims.importing.hacker_news import written_on
from claims.importing.thread_pages import Post, ThreadPage, post_day

SIGNED_NOTE = "“{handle}” is taken as {name}: their signature (line {line}) names them so"


class ThreadPageLines:
    """The posts of a copied issue page or forum topic, by their header's line."""

    page_posts: dict[int, Post] = {}
    # Handle (lower-cased) → (the name its signature gives, the signature's line).
    signatures: dict[str, tuple[str, int]] = {}

    def _thread_page(self, page: ThreadPage | None) -> frozenset[int]:
        """Take the page's posts and the names their signatures and self-introductions give
        each handle (for all its posts, the earlier ones too); the lines that are the page's
        own."""
        if page is None:
            return frozenset()
        self.page_posts = page.posts
        named, signed = {}, {}
        for post in page.posts.values():
            if post.name and post.named_at != post.line:  # "— Hannah Lindqvist, …"
                named.setdefault(post.handle.lower(), (post.name, post.named_at))
            if post.signed:
                signed.setdefault(post.handle.lower(), (post.name, post.named_at))
        self.introduced = {**named, **self.introduced}
        self.signatures = signed
        return frozenset(page.chrome)

    def _thread_post(self, number: int) -> bool:
        """A post's header: its author's turn opens, dated by the header's day. True when
        read."""
        post = self.page_posts.get(number)
        if post is None:
            return False
        display = post.name if post.named_at == post.line else ""
        found = Byline(post.handle, post.handle, display=display, bot=post.bot)
        self._open_byline(number, found)
        signed = self.signatures.get(post.handle.lower())
        if signed is not None and self.cue_speaker == signed[0]:
            self.cue_note = SIGNED_NOTE.format(handle=post.handle, name=signed[0], line=signed[1])
        said_on = self.section.published_on or self.said_on
        self.forum_day = post_day(post.when, said_on) or written_on(post.when, self.saved_at)
        return True
