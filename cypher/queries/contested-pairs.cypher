// title: Contested pairs
// answers: Which pairs do the sources describe both as aligned and as in tension, and with which quotes?
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND r.polarity IN ['alliance', 'tension']
WITH a, b, collect(r) AS claims
WHERE any(c IN claims WHERE c.polarity = 'alliance') AND any(c IN claims WHERE c.polarity = 'tension')
RETURN a.name AS first, b.name AS second,
       size([c IN claims WHERE c.polarity = 'alliance']) AS alliance,
       size([c IN claims WHERE c.polarity = 'tension']) AS tension,
       [c IN claims | {polarity: c.polarity, quote: c.quote, article: c.articleId}] AS evidence
ORDER BY alliance + tension DESC, first, second
