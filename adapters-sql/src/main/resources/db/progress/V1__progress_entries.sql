-- Learner progress keyed by (tenant, user, content, certification); scores are exact decimals.
CREATE TABLE progress_entry (
    tenant        text COLLATE "C" NOT NULL,
    user_id       text COLLATE "C" NOT NULL,
    content_id    text COLLATE "C" NOT NULL,
    certification text COLLATE "C" NOT NULL,
    state         text NOT NULL,
    best_score    numeric(5, 2) CHECK (best_score BETWEEN 0 AND 100),
    total_millis  bigint NOT NULL CHECK (total_millis >= 0),
    attempts      bigint NOT NULL CHECK (attempts >= 0),
    last_session  text,
    first_at      timestamptz NOT NULL,
    last_at       timestamptz NOT NULL,
    revision      bigint NOT NULL CHECK (revision >= 1),
    PRIMARY KEY (tenant, user_id, content_id, certification)
);

CREATE INDEX progress_entry_by_user_certification ON progress_entry (tenant, user_id, certification, content_id);
CREATE INDEX progress_entry_by_time ON progress_entry (tenant, certification, last_at, user_id, content_id);
