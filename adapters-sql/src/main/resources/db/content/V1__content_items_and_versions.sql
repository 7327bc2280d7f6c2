-- Content items keyed by (tenant, content id, certification); sort columns use the "C" collation so
-- listings order by code point, exactly like the other stores.
CREATE TABLE content_item (
    tenant         text COLLATE "C" NOT NULL,
    content_id     text COLLATE "C" NOT NULL,
    certification  text COLLATE "C" NOT NULL,
    title          text NOT NULL,
    content_type   text NOT NULL,
    category       text COLLATE "C" NOT NULL,
    subcategory    text NOT NULL,
    difficulty     text NOT NULL,
    tags           text[] NOT NULL,
    source_file    text,
    source_bucket  text,
    chunk_count    integer NOT NULL CHECK (chunk_count >= 0),
    question_count integer NOT NULL CHECK (question_count >= 0),
    version        text NOT NULL,
    active         boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    revision       bigint NOT NULL CHECK (revision >= 1),
    PRIMARY KEY (tenant, content_id, certification)
);

CREATE INDEX content_item_by_certification ON content_item (tenant, certification, category, content_id) WHERE active;
CREATE INDEX content_item_by_category ON content_item (tenant, category, content_id, certification) WHERE active;
CREATE INDEX content_item_by_type ON content_item (tenant, content_type, created_at, content_id, certification) WHERE active;

-- One snapshot per version of an item; removed with the item.
CREATE TABLE content_version (
    tenant         text COLLATE "C" NOT NULL,
    content_id     text COLLATE "C" NOT NULL,
    certification  text COLLATE "C" NOT NULL,
    version_key    text COLLATE "C" NOT NULL,
    title          text NOT NULL,
    content_type   text NOT NULL,
    category       text NOT NULL,
    subcategory    text NOT NULL,
    difficulty     text NOT NULL,
    tags           text[] NOT NULL,
    source_file    text,
    source_bucket  text,
    chunk_count    integer NOT NULL,
    question_count integer NOT NULL,
    version        text NOT NULL,
    active         boolean NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    revision       bigint NOT NULL,
    PRIMARY KEY (tenant, content_id, certification, version_key),
    FOREIGN KEY (tenant, content_id, certification) REFERENCES content_item ON DELETE CASCADE
);
