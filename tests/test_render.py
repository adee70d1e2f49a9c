"""Rendering: URLs from any page, Markdown links, highlighted sentences."""

from generator.documents import parse_document
from generator.render import Span, Urls, render_markdown, wrap


def test_urls_relative_absolute_and_from_disk():
    assert Urls("").to("country", "KP") == "/countries/kp/"
    assert Urls("../..", index_html=True).to("source", "a", "p4s2") == "../../sources/a/index.html#p4s2"
    assert Urls("https://example.org/b").to("home") == "https://example.org/b/"
    assert Urls(".", index_html=True).to("index", "claims") == "./claims/index.html"


def test_markdown_links_and_escaping():
    doc = parse_document("---\ntitle: t\n---\nSee [it](claim:x), [s](source:#p1s2), "
                         "[web](https://e.org/?a=1&b=2) and <b>raw</b> & [bad](javascript:alert(1)).\n")
    html = str(render_markdown(doc.markdown, Urls("..", index_html=True), "my-brief"))
    assert html == (
        '<p>See <a href="../claims/x/index.html" class="ref ref-claim">it</a>, '
        '<a href="../sources/my-brief/index.html#p1s2" class="ref ref-source">s<span class="where" data-pagefind-ignore>, ¶1 sentence 2</span></a>, '
        '<a href="https://e.org/?a=1&amp;b=2">web</a> and &lt;b&gt;raw&lt;/b&gt; &amp; '
        "[bad](javascript:alert(1)).</p>\n"
    )


def test_front_matter_lines_and_body_line():
    doc = parse_document("---\ntitle: T\nclaims:\n  - claim: a\n    quote: q\n---\n\nBody\n")
    assert doc.lines[("claims", 0)] == 4
    assert doc.lines[("claims", 0, "quote")] == 5
    assert doc.body_line == 7
    assert doc.markdown.text == "\nBody\n"


def test_wrap_marks_quotes_and_links_mentions():
    text = "Kim Yong said <no> here."
    spans = [Span(0, 8, "mention", "/p/kim/"), Span(4, 18, "quote")]
    assert str(wrap(text, 0, len(text), spans)) == (
        '<a class="mention" href="/p/kim/">Kim </a>'
        '<mark><a class="mention" href="/p/kim/">Yong</a> said &lt;no&gt;</mark> here.')


def test_snippet_is_cut_to_a_window_around_the_mention():
    from generator.render import snippet
    from generator.segment import parse_seed

    words = " ".join(f"w{i}" for i in range(60))
    seed = parse_seed("s", f"Short <b> Kim & co said. Then {words} Putin {words} end.\n")
    assert str(snippet(seed, 1, 1, 10, 13)) == "Short &lt;b&gt; <strong>Kim</strong> &amp; co said."
    cut = str(snippet(seed, 1, 2, seed.text.index("Putin"), seed.text.index("Putin") + 5))
    assert cut == ("…w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 w58 w59 "
                   "<strong>Putin</strong> w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21…")
