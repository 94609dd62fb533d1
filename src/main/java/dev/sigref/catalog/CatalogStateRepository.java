package dev.sigref.catalog;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface CatalogStateRepository extends JpaRepository<CatalogState, Integer> {

	/** Takes the import lock: a second importer waits here until the first one commits. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "120000"))
	@Query("select s from CatalogState s where s.id = 1")
	Optional<CatalogState> lockForImport();

	@Query("select s.contentHash from CatalogState s where s.id = 1")
	Optional<String> currentHash();

}
