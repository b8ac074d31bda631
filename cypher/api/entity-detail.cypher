// One entity, its counterparts (each with every claim of the pair: its count, and the articles per
// polarity for the net alignment, historical claims only when $historical), and the articles mentioning it.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(other:Entity)
  WITH other, count(r) AS claims, count(DISTINCT r.articleId) AS articles,
       collect(DISTINCT CASE WHEN r.polarity = 'alliance' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS alliance,
       collect(DISTINCT CASE WHEN r.polarity = 'tension' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS tension,
       collect(DISTINCT CASE WHEN r.polarity = 'neutral' AND ($historical OR NOT coalesce(r.historical, false)) THEN r.articleId END) AS neutral
  WHERE other IS NOT NULL
  ORDER BY claims DESC, other.name
  RETURN collect({id: other.id, name: other.name, kind: other.kind, claims: claims, articles: articles,
                  evidence: {alliance: alliance, tension: tension, neutral: neutral}}) AS counterparts
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH a, o ORDER BY a.title
  RETURN collect(a {.id, .title, outlet: o.name}) AS articles
}
RETURN e {.id, .name, .kind, .aliases, .description} AS entity, counterparts, articles
