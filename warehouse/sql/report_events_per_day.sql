-- Events per day they happened and type in the window (each real-world event once).
SELECT event_date AS date, coalesce(event_type, 'Not typed') AS event_type, sum(events)::BIGINT AS events,
       sum(killed)::BIGINT AS killed
FROM mart_events_daily
WHERE event_date BETWEEN $since AND $until
GROUP BY ALL ORDER BY date, event_type;
