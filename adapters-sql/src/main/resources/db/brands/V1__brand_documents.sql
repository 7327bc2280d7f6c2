CREATE TABLE brand_metadata (
    tenant          text           NOT NULL,
    brand_id        bigint         NOT NULL,
    brand_name      text           NOT NULL,
    regex           text           NOT NULL,
    mcc_ids         text[]         NOT NULL,
    confidence      numeric(5, 4)  NOT NULL,
    generation      bigint         NOT NULL,
    created_at      timestamptz    NOT NULL,
    generated_at    timestamptz    NOT NULL,
    open_escalation text,
    revision        bigint         NOT NULL,
    PRIMARY KEY (tenant, brand_id)
);
CREATE INDEX brand_metadata_by_confidence ON brand_metadata (tenant, confidence, brand_id);

CREATE TABLE brand_feedback (
    tenant       text        NOT NULL,
    feedback_id  text        NOT NULL,
    brand_id     bigint      NOT NULL,
    text         text        NOT NULL,
    category     text        NOT NULL,
    submitted_at timestamptz NOT NULL,
    PRIMARY KEY (tenant, feedback_id)
);
CREATE INDEX brand_feedback_by_category ON brand_feedback (tenant, category, submitted_at, feedback_id);

CREATE TABLE brand_executions (
    tenant        text        NOT NULL,
    execution_id  text        NOT NULL,
    execution_arn text,
    brand_id      bigint      NOT NULL,
    status        text        NOT NULL,
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz,
    error         text,
    revision      bigint      NOT NULL,
    PRIMARY KEY (tenant, execution_id)
);
CREATE INDEX brand_executions_by_status ON brand_executions (tenant, status, started_at, execution_id);

CREATE TABLE brand_escalations (
    tenant          text          NOT NULL,
    escalation_id   text          NOT NULL,
    brand_id        bigint        NOT NULL,
    brand_name      text          NOT NULL,
    reason          text          NOT NULL,
    confidence      numeric(5, 4) NOT NULL,
    escalated_at    timestamptz   NOT NULL,
    status          text          NOT NULL,
    resolution_note text,
    updated_at      timestamptz   NOT NULL,
    revision        bigint        NOT NULL,
    PRIMARY KEY (tenant, escalation_id)
);
CREATE INDEX brand_escalations_by_status ON brand_escalations (tenant, status, escalated_at, escalation_id);
