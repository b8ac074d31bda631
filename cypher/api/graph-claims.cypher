// The claims among a set of entities that pass the filters, with the entities they join.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
  AND ($polarities IS NULL OR r.polarity IN $polarities)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($articles IS NULL OR r.articleId IN $articles)
  AND ($statedBy IS NULL OR r.statedBy IN $statedBy)
RETURN s.id AS source, o.id AS target, type(r) AS type,
       r {.claimId, .quote, .articleId, .statedBy, .date, .polarity} AS claim
ORDER BY r.articleId, r.quoteStart
