// title: Through whom
// answers: Which entities are linked to both of two entities, and how (alliance or tension) to each?
// param: a = "india" (entity id)
// param: b = "pakistan" (entity id)
MATCH (a:Entity {id: $a})-[ra]-(via:Entity)-[rb]-(b:Entity {id: $b})
WHERE via <> a AND via <> b
WITH via, collect(DISTINCT ra.polarity) AS withA, collect(DISTINCT rb.polarity) AS withB,
     count(DISTINCT ra) AS claimsA, count(DISTINCT rb) AS claimsB
RETURN via.name AS via, via.kind AS kind, withA, claimsA, withB, claimsB
ORDER BY claimsA + claimsB DESC, via
