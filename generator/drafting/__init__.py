"""Draft a brief from a raw article: rules and gazetteers, every guess explained.

The pipeline, one module per step (see `drafter.draft_article`):

    text ─ lines (features of every raw line)
         ├ boilerplate   which raw lines are web clutter, and why
         ├ metadata      title, publisher, date (`dates`), byline
         ├ people        registry names + unknown names (`names`), short forms resolved
         ├ countries     names, demonyms, metonyms (`places` is the alias table)
         └ claims        attributed or numeric sentences, verbatim quotes (`values`)
    → Draft ─ writer (brief + proposed registry entries) ─ seeds (copy the article)

`cli.run` is ``python -m generator draft``; `evaluate.run` is
``python -m generator eval``.  No statistical model: each suggestion carries
a short ``reason`` that the written draft shows as a YAML comment.
"""
