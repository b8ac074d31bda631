// title: Net alignment per pair
// answers: Where does each pair stand on balance? Per pair: distinct articles stating alliance and tension, the net (alliance − tension), the verdict (divided when both are stated and at most 1 article apart, else aligned or opposed) and whether it is contested (the smaller side has at least 2 articles and a third of them), by the rule of contract/net-alignment.ts. Historical claims (dated well before their article) count only with historical = "true".
// param: kinds = "Country,Organization" (entity kinds, comma-separated)
// param: historical = "false" (true: count historical claims too)
WITH [kind IN split($kinds, ',') | trim(kind)] AS kinds
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND a.kind IN kinds AND b.kind IN kinds AND r.polarity IN ['alliance', 'tension']
  AND ($historical = 'true' OR NOT coalesce(r.historical, false))
WITH a, b,
     count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
     count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles,
     collect(r.claimId) AS claimIds
WITH a, b, allianceArticles, tensionArticles, claimIds, allianceArticles - tensionArticles AS net,
     CASE WHEN allianceArticles < tensionArticles THEN allianceArticles ELSE tensionArticles END AS minority
RETURN a.id AS first, b.id AS second, allianceArticles, tensionArticles, net,
       CASE WHEN minority > 0 AND abs(net) <= 1 THEN 'divided' WHEN net > 0 THEN 'aligned' ELSE 'opposed' END AS verdict,
       minority >= 2 AND minority * 3 >= allianceArticles + tensionArticles AS contested,
       claimIds
ORDER BY abs(net) DESC, allianceArticles + tensionArticles DESC, first, second
