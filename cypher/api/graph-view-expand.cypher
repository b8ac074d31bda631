// Larger views (see graph-repository.ts): the entities of $ids and the claims between them that
// pass the filters, in one round trip. $ids come best first and $place maps each id to its index.
// Each entity is expanded once and keeps its claims to entities before it, in order of its place
// (`rank`), so the search stops once $maxClaims + 1 are found (one more: the budget is exceeded).
CALL () {
  MATCH (e:Entity) WHERE e.id IN $ids
  RETURN collect(e {.id, .name, .kind, .aliases}) AS entities
}
CALL () {
  UNWIND range(1, size($ids) - 1) AS rank
  MATCH (later:Entity {id: $ids[rank]})-[r]-(earlier:Entity)
  WHERE $place[earlier.id] < rank
    AND ($polarities IS NULL OR r.polarity IN $polarities)
    AND ($types IS NULL OR type(r) IN $types)
    AND ($articles IS NULL OR r.articleId IN $articles)
    AND (r.effectiveDate IS NULL AND $undated
         OR r.effectiveDate IS NOT NULL
            AND ($from IS NULL OR r.effectiveDate + substring('-01-01', size(r.effectiveDate) - 4) >= $from)
            AND ($to IS NULL OR r.effectiveDate + substring('-12-31', size(r.effectiveDate) - 4) <= $to))
    AND ($statedBy IS NULL OR r.statedBy IN $statedBy)
  WITH rank, r LIMIT $maxClaims + 1
  RETURN collect({rank: rank, source: startNode(r).id, target: endNode(r).id, type: type(r), quoteStart: r.quoteStart,
                  claim: r {.claimId, .quote, .articleId, .statedBy, .date, .effectiveDate, .polarity, historical: coalesce(r.historical, false)}}) AS claims
}
RETURN entities, claims
