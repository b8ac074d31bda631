// One article's metadata and every claim it makes, in reading order.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity) WHERE r.articleId = a.id
  WITH s, r, o ORDER BY r.quoteStart
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
    claimId: r.claimId, subject: s.id, subjectName: s.name, type: type(r), object: o.id, objectName: o.name,
    polarity: r.polarity, quote: r.quote, offsets: [r.quoteStart, r.quoteEnd], statedBy: r.statedBy, date: r.date
  } END) AS claims
}
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
RETURN a {.id, .title, .titleIsDescriptive, outlet: o.name, outletId: o.id, outletCountry: o.country, .author, .published,
          .publishedDate, .pageDate, .eventDate, .url, .notes, .sha256} AS article, claims
