// title: Contested pairs
// answers: Which pairs do the sources substantially describe both as aligned and as in tension (the smaller side has at least 2 articles and a third of the pair's alliance + tension articles, the rule of contract/net-alignment.ts; historical claims left out), and with which quotes?
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND r.polarity IN ['alliance', 'tension'] AND NOT coalesce(r.historical, false)
WITH a, b, collect(r) AS claims,
     count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
     count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles
WITH a, b, claims, allianceArticles, tensionArticles,
     CASE WHEN allianceArticles < tensionArticles THEN allianceArticles ELSE tensionArticles END AS minority
WHERE minority >= 2 AND minority * 3 >= allianceArticles + tensionArticles
RETURN a.name AS first, b.name AS second, allianceArticles, tensionArticles,
       size([c IN claims WHERE c.polarity = 'alliance']) AS alliance,
       size([c IN claims WHERE c.polarity = 'tension']) AS tension,
       [c IN claims | {polarity: c.polarity, quote: c.quote, article: c.articleId}] AS evidence
ORDER BY allianceArticles + tensionArticles DESC, first, second
