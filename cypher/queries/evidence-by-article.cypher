// title: Evidence by article
// answers: How much does each article contribute: claims by polarity, entities it mentions, who speaks in it?
MATCH (article:Article)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(outlet:Outlet)
OPTIONAL MATCH (article)-[:MENTIONS]->(mentioned:Entity)
WITH article, outlet, count(DISTINCT mentioned) AS entities
OPTIONAL MATCH (article)-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.articleId = article.id
RETURN article.title AS article, outlet.name AS outlet, entities,
       count(r) AS claims,
       count(CASE WHEN r.polarity = 'alliance' THEN 1 END) AS alliance,
       count(CASE WHEN r.polarity = 'tension' THEN 1 END) AS tension,
       count(CASE WHEN r.polarity = 'neutral' THEN 1 END) AS neutral,
       count(DISTINCT r.statedBy) AS speakers
ORDER BY claims DESC
