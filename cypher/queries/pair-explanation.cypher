// title: Why two entities stand where they do
// answers: What do the articles state between two entities, in both directions: each claim with its type, polarity, quote, article, speaker and whether it is historical, beside the pair's net alignment by distinct articles (historical claims left out of the counts) and its verdict by the rule of contract/net-alignment.ts?
// param: a = "russia" (entity id)
// param: b = "pakistan" (entity id)
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE NOT coalesce(r.historical, false)
  RETURN count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
         count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles
}
WITH a, b, allianceArticles, tensionArticles, allianceArticles - tensionArticles AS net,
     CASE WHEN allianceArticles < tensionArticles THEN allianceArticles ELSE tensionArticles END AS minority
MATCH (a)-[r]-(b)
OPTIONAL MATCH (speaker:Entity {id: r.statedBy})
RETURN startNode(r).id AS subject, type(r) AS type, endNode(r).id AS object, r.polarity AS polarity,
       r.quote AS quote, r.articleId AS article, speaker.name AS statedBy, r.claimId AS claimId,
       coalesce(r.historical, false) AS historical,
       allianceArticles, tensionArticles, net,
       CASE WHEN allianceArticles + tensionArticles = 0 THEN 'neutral' WHEN minority > 0 AND abs(net) <= 1 THEN 'divided'
            WHEN net > 0 THEN 'aligned' ELSE 'opposed' END AS verdict,
       minority >= 2 AND minority * 3 >= allianceArticles + tensionArticles AS contested
ORDER BY article, r.quoteStart
