-- A brand's feedback and escalations, listed in submission / escalation order.
CREATE INDEX brand_feedback_by_brand ON brand_feedback (tenant, brand_id, submitted_at, feedback_id);
CREATE INDEX brand_escalations_by_brand ON brand_escalations (tenant, brand_id, escalated_at, escalation_id);
