// title: Everything one article states
// answers: Which relationships does an article state, in reading order, and who states each one?
// param: article = "" (article id; see MATCH (a:Article) RETURN a.id, a.title)
MATCH (article:Article {id: $article})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
WHERE r.articleId = article.id
OPTIONAL MATCH (speaker:Entity {id: r.statedBy})
RETURN r.quoteStart AS at, s.name AS subject, type(r) AS relationship, o.name AS object,
       r.polarity AS polarity, coalesce(speaker.name, 'the article') AS statedBy, r.quote AS quote
ORDER BY at
