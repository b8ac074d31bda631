// title: Unbalanced triads
// answers: Which triangles of entities strain structural balance: two allies of one entity at odds with each other (++−), or three mutual enemies (−−−)? Each pair's sign is its net alignment (distinct articles stating alliance minus tension); pairs netting 0 join no triad.
// param: kinds = "Country,Organization" (entity kinds, comma-separated)
// param: all = "false" (true: list the balanced triads too, after the unbalanced)
WITH [kind IN split($kinds, ',') | trim(kind)] AS kinds
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND a.kind IN kinds AND b.kind IN kinds AND r.polarity IN ['alliance', 'tension']
WITH kinds, a, b,
     count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END)
       - count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS ab,
     collect(r.claimId) AS abClaims
WHERE ab <> 0
MATCH (a)--(c:Entity)--(b)
WHERE c.id > b.id AND c.kind IN kinds
WITH DISTINCT a, b, c, ab, abClaims
CALL (a, c) {
  MATCH (a)-[r]-(c)
  WHERE r.polarity IN ['alliance', 'tension']
  RETURN count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END)
           - count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS ac,
         collect(r.claimId) AS acClaims
}
CALL (b, c) {
  MATCH (b)-[r]-(c)
  WHERE r.polarity IN ['alliance', 'tension']
  RETURN count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END)
           - count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS bc,
         collect(r.claimId) AS bcClaims
}
WITH a, b, c, ab, ac, bc, abClaims, acClaims, bcClaims, sign(ab) * sign(ac) * sign(bc) > 0 AS balanced
WHERE ac <> 0 AND bc <> 0 AND ($all = 'true' OR NOT balanced)
RETURN a.id AS first, b.id AS second, c.id AS third,
       CASE sign(ab) + sign(ac) + sign(bc) WHEN 3 THEN '+++' WHEN 1 THEN '++−' WHEN -1 THEN '+−−' ELSE '−−−' END AS signs,
       balanced,
       {firstSecond: ab, firstThird: ac, secondThird: bc} AS nets,
       abClaims + acClaims + bcClaims AS claimIds
ORDER BY balanced, abs(ab) + abs(ac) + abs(bc) DESC, first, second, third
