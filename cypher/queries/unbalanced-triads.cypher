// title: Unbalanced triads
// answers: Which triangles of entities strain structural balance: two allies of one entity at odds with each other (++−), or three mutual enemies (−−−)? Each pair's sign is its net alignment (distinct articles stating alliance minus tension) by the rule of contract/net-alignment.ts: divided pairs (both stated, at most 1 article apart) and pairs netting 0 join no triad; historical claims count only with historical = "true".
// param: kinds = "Country,Organization" (entity kinds, comma-separated)
// param: all = "false" (true: list the balanced triads too, after the unbalanced)
// param: historical = "false" (true: count historical claims too)
WITH [kind IN split($kinds, ',') | trim(kind)] AS kinds
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id < b.id AND a.kind IN kinds AND b.kind IN kinds AND r.polarity IN ['alliance', 'tension']
  AND ($historical = 'true' OR NOT coalesce(r.historical, false))
WITH kinds, a, b,
     count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS al,
     count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS te,
     collect(r.claimId) AS abClaims
WITH kinds, a, b, abClaims, CASE WHEN al > 0 AND te > 0 AND abs(al - te) <= 1 THEN 0 ELSE al - te END AS ab
WHERE ab <> 0
MATCH (a)--(c:Entity)--(b)
WHERE c.id > b.id AND c.kind IN kinds
WITH DISTINCT a, b, c, ab, abClaims
CALL (a, c) {
  MATCH (a)-[r]-(c)
  WHERE r.polarity IN ['alliance', 'tension'] AND ($historical = 'true' OR NOT coalesce(r.historical, false))
  WITH count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS al,
       count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS te,
       collect(r.claimId) AS acClaims
  RETURN CASE WHEN al > 0 AND te > 0 AND abs(al - te) <= 1 THEN 0 ELSE al - te END AS ac, acClaims
}
CALL (b, c) {
  MATCH (b)-[r]-(c)
  WHERE r.polarity IN ['alliance', 'tension'] AND ($historical = 'true' OR NOT coalesce(r.historical, false))
  WITH count(DISTINCT CASE r.polarity WHEN 'alliance' THEN r.articleId END) AS al,
       count(DISTINCT CASE r.polarity WHEN 'tension' THEN r.articleId END) AS te,
       collect(r.claimId) AS bcClaims
  RETURN CASE WHEN al > 0 AND te > 0 AND abs(al - te) <= 1 THEN 0 ELSE al - te END AS bc, bcClaims
}
WITH a, b, c, ab, ac, bc, abClaims, acClaims, bcClaims, sign(ab) * sign(ac) * sign(bc) > 0 AS balanced
WHERE ac <> 0 AND bc <> 0 AND ($all = 'true' OR NOT balanced)
RETURN a.id AS first, b.id AS second, c.id AS third,
       CASE sign(ab) + sign(ac) + sign(bc) WHEN 3 THEN '+++' WHEN 1 THEN '++−' WHEN -1 THEN '+−−' ELSE '−−−' END AS signs,
       balanced,
       {firstSecond: ab, firstThird: ac, secondThird: bc} AS nets,
       abClaims + acClaims + bcClaims AS claimIds
ORDER BY balanced, abs(ab) + abs(ac) + abs(bc) DESC, first, second, third
