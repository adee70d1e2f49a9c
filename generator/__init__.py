"""Briefing: news articles annotated into briefs, published as a static site.

The pipeline, one module per step:

    segment    seeds → paragraphs and sentences (the permalinks)
    documents  Markdown files → front matter + markdown-it tokens
    loader     content/ + seeds/ → Corpus (every quote anchored)   + problems
    checks     Corpus → cross-reference problems
    analysis   Corpus → values, verdicts, reuse clusters
    site       Corpus → the page index (mentions, citations by entity)
    render     Markdown and seed text → HTML with site URLs
    pelican_plugin  the index → pages, written by Pelican
"""
