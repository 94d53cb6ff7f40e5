// Waits until the eventually consistent full-text index (tifa_text) has caught up with every
// committed write, so a search right after `tifa ingest` sees the new speeches.
// Parameters: none. Returns nothing.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
