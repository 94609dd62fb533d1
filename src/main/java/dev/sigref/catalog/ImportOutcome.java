package dev.sigref.catalog;

/**
 * What an import did.
 *
 * @param imported false when the database already held this content version and nothing was written
 * @param contentHash the content version
 * @param entryCount entries in the catalog after the import
 */
public record ImportOutcome(boolean imported, String contentHash, int entryCount) {
}
