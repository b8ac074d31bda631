// title: Claims between two dates
// answers: Which claims fall between two dates, by their effective date (the claim's own date, else its article's published date)? A partial date counts only when all of it lies in the range: "2021-04" is in a range of April or of 2021, not in one that ends 2021-04-05. Undated claims are left out.
// param: from = "2021-01-01" (YYYY, YYYY-MM or YYYY-MM-DD; a partial date starts on its first day)
// param: to = "2021-12-31" (YYYY, YYYY-MM or YYYY-MM-DD; a partial date ends on its last day)
// Dates compare as YYYY-MM-DD strings: a date's first day pads it with -01-01 or -01, its last with
// -12-31 or -31 (no month has a later day, so the string order holds).
WITH $from + substring('-01-01', size($from) - 4) AS rangeStart,
     $to + substring('-12-31', size($to) - 4) AS rangeEnd
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.effectiveDate IS NOT NULL
  AND r.effectiveDate + substring('-01-01', size(r.effectiveDate) - 4) >= rangeStart
  AND r.effectiveDate + substring('-12-31', size(r.effectiveDate) - 4) <= rangeEnd
RETURN r.effectiveDate AS date, s.name AS subject, type(r) AS relationship, o.name AS object,
       r.polarity AS polarity, r.quote AS quote, r.claimId AS claimId, r.articleId AS article
ORDER BY date, claimId
