-- Alerts (issue 16, H4): the months published before alerts existed are not news; mark them looked at,
-- so that the first run of the alert step after the upgrade alerts only what is published from then on.
insert into alerted_periods (period_kind, period_label)
select period_kind, period_label from published_periods where period_kind = 'month'
on conflict do nothing;
