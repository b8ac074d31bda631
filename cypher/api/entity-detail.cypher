// One entity, its counterparts grouped by polarity with claim counts, and the articles mentioning it.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(other:Entity)
  WITH other, r.polarity AS polarity, count(r) AS claims, count(DISTINCT r.articleId) AS articles
  WHERE other IS NOT NULL
  ORDER BY claims DESC, other.name
  RETURN collect({polarity: polarity, id: other.id, name: other.name, kind: other.kind, claims: claims, articles: articles}) AS counterparts
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a ORDER BY a.title
  RETURN collect(a {.id, .title, .outlet}) AS articles
}
RETURN e {.id, .name, .kind, .aliases, .description} AS entity, counterparts, articles
