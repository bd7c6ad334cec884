-- A sanction per officer: each officer with a sustained allegation gets a decision of their own
-- (one row each, as before). The referral for prosecution is decided with the sanction (null on
-- decisions taken before it was asked), and an appeal that modifies a sanction to a suspension
-- names its days.
alter table sanction_decision add column referral_decided boolean;
alter table sanction_decision add column appeal_suspension_days integer;
create index sanction_decision_allegation_idx on sanction_decision (allegation_id);
