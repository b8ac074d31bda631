// A view among a set of entities, in one round trip: the entities, and the claims between them
// that pass the filters, with the entities they join.
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
  WITH s, o, r ORDER BY r.articleId, r.quoteStart
  RETURN collect({source: s.id, target: o.id, type: type(r),
                  claim: r {.claimId, .quote, .articleId, .statedBy, .date, .polarity}}) AS claims
}
RETURN entities, claims
