"""Every problem about a key points at that key's line, wherever the author put it in its item."""

from __future__ import annotations

from generator.validate import validate

BRIEF = "content/briefs/gamma.md"
SEED = "seeds/003_gamma.txt"
SEED_TEXT = "Gamma report\n\nAbout 2,000 troops had crossed into Ruritania, Reuters said.\n"


def gamma(claims: str) -> str:
    """A third brief whose claim items are written in the order given."""
    return ("---\ntitle: Gamma\nslug: gamma\nsource:\n  file: seeds/003_gamma.txt\n  publisher: Wire\n"
            "  published: 2024-10-29\nsummary: A third brief.\npeople: [jan-novak]\ncountries: [RU]\n"
            f"claims:\n{claims}---\nBody.\n")


def problems(project, claims: str) -> list[str]:
    root = project({BRIEF: gamma(claims), SEED: SEED_TEXT})
    return [str(p) for p in validate(root).problems if p.where.path == BRIEF]


def test_an_unknown_claim_points_at_its_claim_line(project):
    assert problems(project, "  - quote: troops had crossed into Ruritania\n    by: Reuters\n"
                             "    claim: troops-crosed\n") == [
        f'{BRIEF}:14: unknown-claim: unknown claim id "troops-crosed" (did you mean "troops-crossed"?); '
        "claims are registered in content/claims/<id>.md"]


def test_an_unknown_speaker_points_at_its_by_line(project):
    found = problems(project, "  - claim: troops-crossed\n    quote: troops had crossed into Ruritania\n"
                              "    by: jan-novk\n")
    assert [p.split(": ")[0] for p in found if "unknown-speaker" in p] == [f"{BRIEF}:14"]


def test_an_attribution_conflict_points_at_both_by_lines(project):
    drones = "Gamma report\n\nSome 5,000 drones were launched overnight, officials said.\n"
    later = gamma("  - claim: us-response\n    quote: Some 5,000 drones were launched overnight\n    by: Reuters\n")
    earlier = (gamma("  - quote: Some 5,000 drones were launched overnight\n    claim: us-response\n"
                     "    by: Wire service\n")
               .replace("slug: gamma", "slug: delta").replace("003_gamma", "004_delta").replace("10-29", "10-28"))
    root = project({BRIEF: later, SEED: drones, "content/briefs/delta.md": earlier, "seeds/004_delta.txt": drones})
    assert [str(p) for p in validate(root).problems if p.code == "attribution-conflict"] == [
        'content/briefs/delta.md:14: attribution-conflict: warning: "Some 5,000 drones were launched overnight" is '
        'attributed to "Wire service" in brief "delta", but near-identical words (100% shared) are attributed to '
        f'"Reuters" in brief "gamma" ({BRIEF}:14); check who said them; once reviewed, acknowledge it under '
        "acknowledged: {warning: attribution-conflict, brief: gamma, claim: us-response, note: …}"]


def test_a_proposed_claim_is_named_at_its_claim_line(project):
    root = project({BRIEF: gamma("  - quote: troops had crossed into Ruritania\n    by: Reuters\n"
                                 "    claim: troops-crossed\n"),
                    SEED: SEED_TEXT,
                    "content/claims/troops-crossed.md": "---\nstatement: Troops crossed the border\n"
                                                        "status: proposed\n---\n"})
    found = [str(p) for p in validate(root).problems if p.code == "unreviewed-entry" and p.where.path == BRIEF]
    assert found == [f"{BRIEF}:14: unreviewed-entry: claim entry content/claims/troops-crossed.md is still proposed: "
                     "review it and remove `status: proposed`, or keep this brief as `status: draft`"]
