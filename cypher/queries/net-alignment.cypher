// title: Net alignment per pair
// answers: Where does each pair stand on balance? Per pair: distinct articles stating alliance minus those stating tension (the net; its sign is the pair's), contested when both are stated.
// param: kinds = "Country,Organization" (entity kinds, comma-separated)
WITH [kind IN split($kinds, ',') | trim(kind)] AS kinds
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND a.kind IN kinds AND b.kind IN kinds AND r.polarity IN ['alliance', 'tension']
WITH a, b,
     count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
     count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles,
     collect(r.claimId) AS claimIds
RETURN a.id AS first, b.id AS second, allianceArticles, tensionArticles,
       allianceArticles - tensionArticles AS net,
       allianceArticles > 0 AND tensionArticles > 0 AS contested,
       claimIds
ORDER BY abs(net) DESC, allianceArticles + tensionArticles DESC, first, second
