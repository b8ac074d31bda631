// Removes what an interrupted load left behind: staged nodes of any load, and retired nodes of
// a finished switch-over whose clean-up did not complete. Runs in batches of its own.
MATCH (n) WHERE n:StagedEntity OR n:StagedArticle OR n:StagedOutlet OR n:Retired
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
