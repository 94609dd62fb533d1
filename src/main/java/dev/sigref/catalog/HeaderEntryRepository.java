package dev.sigref.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HeaderEntryRepository extends JpaRepository<HeaderEntryEntity, Long> {

}
