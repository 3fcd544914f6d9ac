"""A human-readable digest of one article, for the terminal."""
from __future__ import annotations

from cronaca.document import Document


def render(doc: Document) -> str:
    names = {e.id: e.name for e in doc.entities}
    lines = [
        f"# {doc.title or '(no title)'}",
        f"id {doc.id} | language {doc.language} ({doc.language_confidence:.2f}) | "
        f"published {doc.source.published or '?'} | {doc.source.uri or doc.record}",
        f"integrity {doc.integrity.score:.2f} {' '.join(doc.integrity.flags)} | "
        f"{len(doc.sentences)} sentences, {len(doc.text.split())} words",
    ]
    if doc.integrity.removed:
        lines.append("\nremoved:")
        lines += [f"  [{r.kind}] {r.text[:100]}" for r in doc.integrity.removed]
    if doc.integrity.repairs:
        lines.append("\nrepairs:")
        lines += [f"  {r.kind:<12} {r.before!r} -> {r.after!r} @{r.start} ({r.rule}, {r.confidence:.2f})"
                  for r in doc.integrity.repairs]
    if doc.entities:
        lines.append("\nentities:")
        lines += [f"  {e.type:<8} {e.name} ({e.id}) x{len(e.mentions)}"
                  + ("" if e.in_kb else " [not in KB]") for e in doc.entities]
    if doc.quotes:
        lines.append("\nquotes:")
        for q in doc.quotes:
            who = names.get(q.speaker or "", q.speaker_text or "?")
            via = f" according to {names.get(q.according_to, q.according_to)}" if q.according_to else ""
            lines.append(f"  {who}: \u201c{q.text[:120]}\u201d{via}")
    if doc.events:
        lines.append("\nevents:")
        for ev in doc.events:
            src = ", ".join(names.get(i, i) for i in ev.source) or "?"
            tgt = ", ".join(names.get(i, i) for i in ev.target) or "?"
            mode = f"/{ev.mode}" if ev.mode else ""
            lines.append(f"  {ev.date or '????'} {ev.type}{mode} {src} -> {tgt} [{ev.status}] "
                         f"\u00ab{ev.trigger.text}\u00bb ({ev.rule})")
    lines.append(f"\ntone {doc.tone.score:+.2f}")
    return "\n".join(lines)
