// Per unordered pair of entities of the chosen kinds ($kinds null: any): the distinct articles and
// the claims that state alliance, tension and neutral relations between them, either direction.
// Historical claims (contract/historical.ts) only when $historical.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id
  AND ($historical OR NOT coalesce(r.historical, false))
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
WITH a, b,
     collect(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS allianceArticles,
     collect(CASE r.polarity WHEN 'alliance' THEN r.claimId END) AS allianceClaims,
     collect(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS tensionArticles,
     collect(CASE r.polarity WHEN 'tension' THEN r.claimId END) AS tensionClaims,
     collect(DISTINCT CASE r.polarity WHEN 'neutral' THEN r.articleId END) AS neutralArticles,
     collect(CASE r.polarity WHEN 'neutral' THEN r.claimId END) AS neutralClaims
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName,
       {articles: allianceArticles, claimIds: allianceClaims} AS alliance,
       {articles: tensionArticles, claimIds: tensionClaims} AS tension,
       {articles: neutralArticles, claimIds: neutralClaims} AS neutral
ORDER BY a, b
