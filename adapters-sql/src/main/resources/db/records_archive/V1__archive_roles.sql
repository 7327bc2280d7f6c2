-- The two roles of the records archive (roles are cluster-wide, so they are created once and kept):
-- portside_archive_owner owns the schema, the table and its trigger function and never logs in;
-- portside_archive_writer is what the application role is granted: read, insert, delete (which the
-- trigger allows only after retain-until without a legal hold) and update of the two retention columns.
do $$
begin
    if not exists (select from pg_roles where rolname = 'portside_archive_owner') then
        create role portside_archive_owner nologin;
    end if;
    if not exists (select from pg_roles where rolname = 'portside_archive_writer') then
        create role portside_archive_writer nologin;
    end if;
end
$$;
