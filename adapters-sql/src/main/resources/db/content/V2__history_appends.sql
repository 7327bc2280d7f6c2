-- History only grows: every save of an item (a revision, a retire, a restore) appends a snapshot under
-- <version sort key>#<revision, 19 digits> instead of rewriting the snapshot of its version.
UPDATE content_version SET version_key = version_key || '#' || lpad(revision::text, 19, '0')
WHERE position('#' in version_key) = 0;
