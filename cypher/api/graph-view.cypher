// A view among a set of entities, in one round trip: the entities, and the claims between them
// that pass the filters, with the entities they join. $ids come best first; a claim's rank is the
// later of its two entities' places, so the first claims are those among the best entities, and
// at most $maxClaims + 1 come back (one more tells the caller the budget was exceeded).
CALL () {
  MATCH (e:Entity) WHERE e.id IN $ids
  RETURN collect(e {.id, .name, .kind, .aliases}) AS entities
}
CALL () {
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE s.id IN $ids AND o.id IN $ids
    AND ($polarities IS NULL OR r.polarity IN $polarities)
    AND ($types IS NULL OR type(r) IN $types)
    AND ($articles IS NULL OR r.articleId IN $articles)
    AND ($statedBy IS NULL OR r.statedBy IN $statedBy)
  WITH s, o, r, CASE WHEN $place[s.id] > $place[o.id] THEN $place[s.id] ELSE $place[o.id] END AS rank
  ORDER BY rank, r.articleId, r.quoteStart
  LIMIT $maxClaims + 1
  RETURN collect({rank: rank, source: s.id, target: o.id, type: type(r),
                  claim: r {.claimId, .quote, .articleId, .statedBy, .date, .polarity}}) AS claims
}
RETURN entities, claims
