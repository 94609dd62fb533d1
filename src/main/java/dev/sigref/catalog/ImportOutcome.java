package dev.sigref.catalog;

/**
 * What an import did.
 *
 * @param imported false when the database already held this content version and nothing was written
 * @param contentHash the content version
 * @param entryCount message entries in the catalog after the import
 * @param flowCount call flows written by this import (0 when nothing was written)
 * @param headerCount header entries written by this import (0 when nothing was written)
 */
public record ImportOutcome(boolean imported, String contentHash, int entryCount, int flowCount, int headerCount) {
}
