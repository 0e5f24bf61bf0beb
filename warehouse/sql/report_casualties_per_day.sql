-- People killed and wounded per day in the window's incidents (each incident once).
SELECT date, coalesce(sum(killed), 0)::BIGINT AS killed, coalesce(sum(wounded), 0)::BIGINT AS wounded,
       count(*) AS incidents
FROM mart_incidents
WHERE date BETWEEN $since AND $until AND (killed IS NOT NULL OR wounded IS NOT NULL)
GROUP BY date ORDER BY date;
