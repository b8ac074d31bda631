// Small views (see graph-repository.ts): the entities of $ids and the claims between them that pass
// the filters, in one round trip. Each pair is checked from its cheaper side, so a hub in the view
// is never read whole. $ids come best first; a claim's rank is the later place of its two entities;
// the pairs are visited in rank order, so the search stops once $maxClaims + 1 are found.
CALL () {
  UNWIND range(0, size($ids) - 1) AS place
  MATCH (e:Entity {id: $ids[place]})
  RETURN collect({place: place, node: e}) AS placed, collect(e {.id, .name, .kind, .aliases}) AS entities
}
CALL (placed) {
  UNWIND range(1, size(placed) - 1) AS i
  WITH placed[i] AS later, placed[..i] AS earlierOnes
  UNWIND earlierOnes AS earlier
  WITH later.place AS rank, later.node AS a, earlier.node AS b
  MATCH (a)-[r]-(b)
  WHERE ($polarities IS NULL OR r.polarity IN $polarities)
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
