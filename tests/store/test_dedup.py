"""Cross-article event de-duplication: one real-world event, many reports, one cluster."""
from __future__ import annotations

from cronaca.document import Document, Entity, Event, Mention, Source, Span
from cronaca.store.database import Store
from cronaca.store.dedup import EventMention, cluster_events, dedup_store


def mention(article: str, day: str | None, type_: str = "CONSULT", src=("Q7747",), tgt=("Q15031",),
            status: str = "occurred", origin: str | None = None) -> EventMention:
    return EventMention(article, "e1", type_, status, src, tgt, day, origin or article)


def test_reports_within_the_window_become_one_event():
    (cluster,) = cluster_events([mention("a", "2026-02-04", origin="ap"), mention("b", "2026-02-05", origin="ap"),
                                 mention("c", "2026-02-06", origin="reuters")])
    assert (cluster.n_mentions, cluster.n_articles, cluster.n_sources) == (3, 3, 2)
    assert (cluster.first_date, cluster.last_date) == ("2026-02-04", "2026-02-06")
    assert cluster.members == [("a", "e1"), ("b", "e1"), ("c", "e1")]


def test_a_report_past_the_window_is_another_event():
    clusters = cluster_events([mention("a", "2026-02-04"), mention("b", "2026-02-20")])
    assert sorted(c.first_date for c in clusters) == ["2026-02-04", "2026-02-20"]


def test_actor_order_within_a_side_does_not_matter_but_direction_does():
    assert len(cluster_events([mention("a", "2026-02-04", src=("Q1", "Q2")),
                               mention("b", "2026-02-04", src=("Q2", "Q1"))])) == 1
    assert len(cluster_events([mention("a", "2026-02-04", src=("Q1",), tgt=("Q2",)),
                               mention("b", "2026-02-04", src=("Q2",), tgt=("Q1",))])) == 2


def test_type_and_status_separate_events():
    assert len(cluster_events([mention("a", "2026-02-04"), mention("b", "2026-02-04", status="planned"),
                               mention("c", "2026-02-04", type_="ACCUSE")])) == 3


def test_events_without_actors_are_never_merged():
    assert len(cluster_events([mention("a", "2026-02-04", src=(), tgt=()),
                               mention("b", "2026-02-04", src=(), tgt=())])) == 2


def test_cluster_ids_do_not_depend_on_input_order():
    ms = [mention("a", "2026-02-04"), mention("b", "2026-02-05"), mention("c", "2026-03-01")]
    assert [c.cluster_id for c in cluster_events(ms)] == [c.cluster_id for c in cluster_events(ms[::-1])]


def _article(text: str, published: str, uri: str) -> Document:
    doc = Document(raw=text, source=Source(uri=uri, published=published), language="en")
    doc.text = text
    doc.entities = [Entity("Q7747", "Vladimir Putin", "PERSON", mentions=[Mention(0, 5, "Putin", "Q7747", "t")]),
                    Entity("Q15031", "Xi Jinping", "PERSON", mentions=[Mention(15, 17, "Xi", "Q15031", "t")])]
    doc.events = [Event("CONSULT", ["Q7747"], ["Q15031"], "occurred", None, Span.of(text, 6, 14),
                        Span.of(text, 0, len(text)), id="e1")]
    return doc


def test_dedup_command_fills_the_cluster_tables(run_cli, tmp_path):
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write_batch([_article("Putin talks to Xi by video.", "2026-02-04", "https://apnews.com/a"),
                           _article("Putin talks to Xi again, said Reuters.", "2026-02-05", "https://reuters.com/b")])
    result = run_cli("dedup", "--db", str(db))
    assert result.stdout.strip() == f"{db}: 2 event mentions in 1 events"
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT n_mentions, n_sources, first_date FROM event_clusters").fetchall() == [
            (2, 2, "2026-02-04")]
    run_cli("dedup", "--db", str(db))  # idempotent
    with Store(db, read_only=True) as store:
        assert store.counts()["event_cluster_members"] == 2
