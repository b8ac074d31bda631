// title: Claims by speaker
// answers: What does a given speaker (a person, ministry or organization) say about whom?
// param: speaker = "sergey-lavrov" (entity id of the speaker)
MATCH (speaker:Entity {id: $speaker})<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
WHERE r.statedBy = speaker.id AND r.articleId = article.id
RETURN s.name AS subject, type(r) AS relationship, o.name AS object, r.polarity AS polarity,
       r.quote AS quote, article.title AS article
ORDER BY article, r.quoteStart
