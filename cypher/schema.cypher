// entente's schema: constraints before any MERGE, so every id is unique and indexed.
// Applied by `npm start` and `npm run load`; every statement is idempotent (IF NOT EXISTS).

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (o:Outlet) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;

// A load stages its nodes under a load id before switching over (see cypher/load/).
CREATE INDEX staged_entity IF NOT EXISTS FOR (e:StagedEntity) ON (e.loadId, e.id);
CREATE INDEX staged_article IF NOT EXISTS FOR (a:StagedArticle) ON (a.loadId, a.id);
CREATE INDEX staged_outlet IF NOT EXISTS FOR (o:StagedOutlet) ON (o.loadId, o.id);

// Entity search over names and every alias (accent- and case-insensitive analyzer).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// One claim is one relationship, found by claimId (one index per vocabulary type, kept in step
// with data/vocabulary.yaml by a test). Not a uniqueness constraint: a load stages the new claims
// beside the live ones before it switches over. Validation guarantees unique claim ids.
CREATE INDEX claim_allied_with IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.claimId);
CREATE INDEX claim_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.claimId);
CREATE INDEX claim_seeks_closer_ties_with IF NOT EXISTS FOR ()-[r:SEEKS_CLOSER_TIES_WITH]-() ON (r.claimId);
CREATE INDEX claim_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.claimId);
CREATE INDEX claim_supplies_arms_to IF NOT EXISTS FOR ()-[r:SUPPLIES_ARMS_TO]-() ON (r.claimId);
CREATE INDEX claim_supplies_vaccines_to IF NOT EXISTS FOR ()-[r:SUPPLIES_VACCINES_TO]-() ON (r.claimId);
CREATE INDEX claim_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.claimId);
CREATE INDEX claim_holds_exercises_with IF NOT EXISTS FOR ()-[r:HOLDS_EXERCISES_WITH]-() ON (r.claimId);
CREATE INDEX claim_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.claimId);
CREATE INDEX claim_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.claimId);
CREATE INDEX claim_holds_office_in IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE_IN]-() ON (r.claimId);
CREATE INDEX claim_advises IF NOT EXISTS FOR ()-[r:ADVISES]-() ON (r.claimId);
CREATE INDEX claim_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.claimId);
CREATE INDEX claim_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.claimId);
CREATE INDEX claim_hosts IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.claimId);
CREATE INDEX claim_mediates IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.claimId);
CREATE INDEX claim_has_influence_over IF NOT EXISTS FOR ()-[r:HAS_INFLUENCE_OVER]-() ON (r.claimId);
CREATE INDEX claim_rival_of IF NOT EXISTS FOR ()-[r:RIVAL_OF]-() ON (r.claimId);
CREATE INDEX claim_distrusts IF NOT EXISTS FOR ()-[r:DISTRUSTS]-() ON (r.claimId);
CREATE INDEX claim_accuses IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.claimId);
CREATE INDEX claim_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.claimId);
CREATE INDEX claim_criticizes IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.claimId);
CREATE INDEX claim_threatens IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.claimId);
CREATE INDEX claim_undermines IF NOT EXISTS FOR ()-[r:UNDERMINES]-() ON (r.claimId);
CREATE INDEX claim_fights IF NOT EXISTS FOR ()-[r:FIGHTS]-() ON (r.claimId);
