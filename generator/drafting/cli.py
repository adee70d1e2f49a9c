"""``python -m generator draft PATH [--dry-run] [--json]``: copy, draft, write, check.

1. read the article (UTF-8, at most 2 MiB, no control characters: see
   `article`) and find its place in ``seeds/``;
2. an article whose seed already has a brief is not drafted again;
3. draft it, plan the brief and the proposed registry entries; the
   registry's claims are indexed with the quotes the briefs cite, whose
   features the last draft kept in ``cache/`` (`featurecache`);
4. ``--dry-run`` prints the plan (``--json``: the draft object) and writes
   nothing; otherwise copy the seed, create each file (never replacing one),
   run the project's checks, which the draft must pass, and keep the cited
   quotes' features for the next draft.

Exit codes: 0 done (or nothing to do), 1 the checks failed, 2 refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import cache
from ..loader import load_corpus
from ..memo import Memo
from ..validate import validate
from ..problems import errors
from . import featurecache
from .article import Refusal, read_article
from .claimmatch import ClaimMatcher, Extractor
from .drafter import draft_article
from .seeds import SEEDS, SeedPlan, SeedRefused, plan_seed, write_seed
from .writer import Planned, plan_files


def run(args: argparse.Namespace) -> int:
    root = Path(args.root)
    article = read_article(Path(args.path), args.path)
    if isinstance(article, Refusal):
        return _refuse(article.message)
    data, text = article.data, article.text
    try:
        plan = plan_seed(root, data)
    except OSError as error:
        return _refuse(f"cannot read {SEEDS}/: {error.strerror}")
    except SeedRefused as refused:
        return _refuse(refused.message)
    folder = root / cache.CACHE_FOLDER
    memo = cache.load(root, folder)  # what the last build or check parsed
    corpus, _ = load_corpus(root, memo)
    drafted = [b for b in corpus.briefs if b.source.file == plan.path]
    if drafted and not args.dry_run:
        print(f"{plan.path} is already drafted as {drafted[0].where.path}; nothing written")
        return 0
    extractor = Extractor(corpus)
    known = featurecache.load(folder, extractor)
    matcher = ClaimMatcher(corpus, extractor, known)
    draft = draft_article(text, plan.path, corpus, matcher)
    files = plan_files(draft, corpus, root)
    if args.dry_run:
        _show(draft.as_json() if args.json else None, plan, files)
        return 0
    status = _write(root, plan, data, files, draft.as_json() if args.json else None, memo)
    if status != 2 and matcher.cited_features.keys() != known.keys():
        _keep_features(folder, matcher)
    return status


def _keep_features(folder: Path, matcher: ClaimMatcher) -> None:
    """Save the cited quotes' features for the next draft; a cache that cannot be written
    only makes that draft slower."""
    try:
        featurecache.save(folder, matcher.extractor, matcher.cited_features)
    except OSError as error:
        print(f"draft: could not keep the claim index in {folder.name}/: {error.strerror}", file=sys.stderr)


def _refuse(message: str) -> int:
    print(f"draft: {message}", file=sys.stderr)
    return 2


def _show(as_json: dict | None, plan: SeedPlan, files: list[Planned]) -> None:
    if as_json is not None:
        print(json.dumps(as_json, ensure_ascii=False, indent=2))
        return
    print(f"would copy the article to {plan.path}" if not plan.present else f"the article is already {plan.path}")
    for planned in files:
        print(f"would write {planned.path}")
    print()
    print(files[0].text, end="")


def _write(root: Path, plan: SeedPlan, data: bytes, files: list[Planned], as_json: dict | None, memo: Memo) -> int:
    try:
        copied = write_seed(root, plan, data)
        written = [_create(root, planned) for planned in files]
    except (SeedRefused, FileExistsError) as error:
        return _refuse(getattr(error, "message", None) or f"{error.filename} exists; refusing to overwrite it")
    log = sys.stderr if as_json is not None else sys.stdout
    print(("copied the article to " if copied else "the article is already ") + plan.path, file=log)
    for path in written:
        print(f"wrote {path}", file=log)
    if as_json is not None:
        print(json.dumps(as_json, ensure_ascii=False, indent=2))
    return _check(root, [p.path for p in files], log, memo)


def _create(root: Path, planned: Planned) -> str:
    target = root / planned.path
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(planned.text)
    return planned.path


def _check(root: Path, paths: list[str], log, memo: Memo) -> int:
    """The draft must pass ``make check``: report any error in what was written (``memo``:
    the files parsed before the draft, not parsed again unless changed)."""
    found = errors(validate(root, memo).problems)
    ours = [p for p in found if p.where.path in paths]
    for problem in ours:
        print(problem, file=sys.stderr)
    if ours:
        print("the draft does not pass the checks; please report this as a drafter bug", file=sys.stderr)
        return 1
    print("the draft passes the checks" + (f" ({len(found)} error(s) elsewhere)" if found else ""), file=log)
    return 0
