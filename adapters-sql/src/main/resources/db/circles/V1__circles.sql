-- Community circles: each aggregate is a jsonb document plus the key, revision and index columns its queries need.
-- Text keys use the "C" collation so they sort byte-wise, exactly like the other adapters.

create table circles_members (
    tenant          text collate "C" not null,
    id              text collate "C" not null,
    email           text collate "C" not null,
    diagnosis_stage text not null,
    revision        bigint not null,
    doc             jsonb not null,
    primary key (tenant, id)
);
create unique index circles_members_email_key on circles_members (tenant, lower(email));
create index circles_members_stage on circles_members (tenant, diagnosis_stage, id);

create table circles_circles (
    tenant   text collate "C" not null,
    id       text collate "C" not null,
    type     text not null,
    status   text not null,
    revision bigint not null,
    doc      jsonb not null,
    primary key (tenant, id)
);
create index circles_circles_type on circles_circles (tenant, type, id);

create table circles_memberships (
    tenant    text collate "C" not null,
    circle_id text collate "C" not null,
    member_id text collate "C" not null,
    role      text not null,
    status    text not null,
    revision  bigint not null,
    doc       jsonb not null,
    primary key (tenant, circle_id, member_id),
    foreign key (tenant, circle_id) references circles_circles (tenant, id)
);
create index circles_memberships_member on circles_memberships (tenant, member_id, circle_id);
-- exactly one OWNER per circle, enforced by the database as well
create unique index circles_memberships_one_owner on circles_memberships (tenant, circle_id) where role = 'OWNER';

create table circles_stories (
    tenant    text collate "C" not null,
    id        text collate "C" not null,
    circle_id text collate "C",
    status    text not null,
    sort_key  text collate "C" not null,
    revision  bigint not null,
    doc       jsonb not null,
    primary key (tenant, id)
);
create index circles_stories_feed on circles_stories (tenant, circle_id, sort_key) where status = 'PUBLISHED';
create index circles_stories_status on circles_stories (tenant, status, sort_key);

create table circles_comments (
    tenant   text collate "C" not null,
    story_id text collate "C" not null,
    id       text collate "C" not null,
    sort_key text collate "C" not null,
    doc      jsonb not null,
    primary key (tenant, story_id, id),
    foreign key (tenant, story_id) references circles_stories (tenant, id)
);
create index circles_comments_order on circles_comments (tenant, story_id, sort_key);

create table circles_businesses (
    tenant   text collate "C" not null,
    id       text collate "C" not null,
    revision bigint not null,
    doc      jsonb not null,
    primary key (tenant, id)
);

create table circles_resources (
    tenant   text collate "C" not null,
    id       text collate "C" not null,
    revision bigint not null,
    doc      jsonb not null,
    primary key (tenant, id)
);
