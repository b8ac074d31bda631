// title: Why two entities stand where they do
// answers: What do the articles state between two entities, in both directions: each claim with its type, polarity, quote, article and speaker, beside the pair's net alignment by distinct articles?
// param: a = "russia" (entity id)
// param: b = "pakistan" (entity id)
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
CALL (a, b) {
  MATCH (a)-[r]-(b)
  RETURN count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
         count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles
}
MATCH (a)-[r]-(b)
OPTIONAL MATCH (speaker:Entity {id: r.statedBy})
RETURN startNode(r).id AS subject, type(r) AS type, endNode(r).id AS object, r.polarity AS polarity,
       r.quote AS quote, r.articleId AS article, speaker.name AS statedBy, r.claimId AS claimId,
       allianceArticles, tensionArticles, allianceArticles - tensionArticles AS net,
       allianceArticles > 0 AND tensionArticles > 0 AS contested
ORDER BY article, r.quoteStart
