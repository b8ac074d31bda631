// Stages one batch of claims: one relationship per claim, typed from the validated vocabulary.
// A row is a list (a million of them stay small on the wire):
//   [subject, object, type, claimId, polarity, quote, quoteStart, quoteEnd, articleId, statedBy, date, historical,
//    effectiveDate]
// where historical is whether the claim is historical for its article (contract/historical.ts),
// effectiveDate its own date, else its article's publishedDate (contract/dates.ts),
// where subject and object are element ids of this load's staged entities. Null properties are
// not written, as with SET r = map.
UNWIND $rows AS row
MATCH (s:StagedEntity) WHERE elementId(s) = row[0] AND s.loadId = $loadId
MATCH (o:StagedEntity) WHERE elementId(o) = row[1] AND o.loadId = $loadId
CREATE (s)-[r:$(row[2]) {
  claimId: row[3], polarity: row[4], quote: row[5], quoteStart: row[6], quoteEnd: row[7],
  articleId: row[8], statedBy: row[9], date: row[10], historical: row[11], effectiveDate: row[12]
}]->(o)
RETURN count(r) AS written
