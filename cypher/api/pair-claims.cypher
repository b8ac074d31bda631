// Every claim between each pair of entities (either direction) that passes the polarity filter.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
WHERE $polarities IS NULL OR r.polarity IN $polarities
RETURN pair, collect(r {.claimId, .quote, .articleId, .statedBy, .date, .effectiveDate, .polarity, historical: coalesce(r.historical, false), type: type(r),
                        source: startNode(r).id, target: endNode(r).id}) AS claims
