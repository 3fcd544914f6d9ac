-- cronaca store: one row per article, entity (per article), mention, event, quote, repair, removed line.
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    uri VARCHAR, outlet VARCHAR, published VARCHAR, published_date DATE,
    language VARCHAR, title VARCHAR, text VARCHAR, format VARCHAR, record VARCHAR,
    integrity_score DOUBLE, flags VARCHAR[], tone DOUBLE,
    n_entities INTEGER, n_events INTEGER, n_quotes INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp,
    record_json JSON
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, entity_id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR,
    wikidata VARCHAR, in_kb BOOLEAN, roles VARCHAR[], n_mentions INTEGER,
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, entity_id VARCHAR, start_pos INTEGER, end_pos INTEGER, text VARCHAR,
    kind VARCHAR, rule VARCHAR, confidence DOUBLE
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, status VARCHAR,
    date VARCHAR, date_text VARCHAR, source_ids VARCHAR[], target_ids VARCHAR[],
    location VARCHAR, according_to VARCHAR, intensity DOUBLE, confidence DOUBLE, rule VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR,
    PRIMARY KEY (article_id, event_id)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, start_pos INTEGER, end_pos INTEGER, text VARCHAR,
    speaker VARCHAR, speaker_text VARCHAR, direct BOOLEAN, cue_text VARCHAR,
    according_to VARCHAR, confidence DOUBLE,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS repairs (
    article_id VARCHAR, idx INTEGER, kind VARCHAR, start_pos INTEGER, end_pos INTEGER,
    before VARCHAR, after VARCHAR, confidence DOUBLE, rule VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS removed (
    article_id VARCHAR, idx INTEGER, kind VARCHAR, text VARCHAR, rule VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS failures (
    record VARCHAR, reason VARCHAR, failed_at TIMESTAMP DEFAULT current_timestamp
);
-- Cross-article event de-duplication (cronaca dedup): one row per real-world event.
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY, type VARCHAR, status VARCHAR, source_ids VARCHAR[],
    target_ids VARCHAR[], first_date VARCHAR, last_date VARCHAR, n_mentions INTEGER,
    n_articles INTEGER, n_sources INTEGER
);
CREATE TABLE IF NOT EXISTS event_cluster_members (
    cluster_id VARCHAR, article_id VARCHAR, event_id VARCHAR
);
