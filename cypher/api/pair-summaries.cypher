// What the claims between each pair of entities (either direction, passing the polarity filter)
// amount to: how many, the distinct articles per polarity (the net-alignment evidence), and the
// first $sample of them in article order. Historical claims count in the articles only when $historical. A pair of hubs can hold thousands; the rest stay in Neo4j.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]})
WHERE $polarities IS NULL OR r.polarity IN $polarities
WITH pair, r ORDER BY r.articleId, r.quoteStart
WITH pair, count(r) AS claimCount, collect(r) AS claims,
     collect(DISTINCT CASE WHEN r.polarity = 'alliance' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS alliance,
     collect(DISTINCT CASE WHEN r.polarity = 'tension' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS tension,
     collect(DISTINCT CASE WHEN r.polarity = 'neutral' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS neutral
RETURN pair, claimCount, alliance, tension, neutral,
       [c IN claims[..$sample] | c {.claimId, .quote, .articleId, .statedBy, .date, .effectiveDate, .polarity, historical: coalesce(c.historical, false), type: type(c),
                                   source: startNode(c).id, target: endNode(c).id}] AS claims
