-- Memberships record when they last changed. Rows written before carry no updatedAt: they last changed when
-- they were joined, so the migration fills it from joinedAt.
update circles_memberships
   set doc = doc || jsonb_build_object('updatedAt', doc -> 'joinedAt')
 where not doc ? 'updatedAt';
