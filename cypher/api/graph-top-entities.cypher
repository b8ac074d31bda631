// An unfocused view: the entities with the most claims that pass the filters, at most $limit.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE ($polarities IS NULL OR r.polarity IN $polarities)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($articles IS NULL OR r.articleId IN $articles)
  AND (r.effectiveDate IS NULL AND $undated
       OR r.effectiveDate IS NOT NULL
          AND ($from IS NULL OR r.effectiveDate + substring('-01-01', size(r.effectiveDate) - 4) >= $from)
          AND ($to IS NULL OR r.effectiveDate + substring('-12-31', size(r.effectiveDate) - 4) <= $to))
  AND ($statedBy IS NULL OR r.statedBy IN $statedBy)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
WITH a, count(r) AS claims
ORDER BY claims DESC, a.id
LIMIT $limit
RETURN a.id AS id, claims
