package dev.sigref.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageEntryRepository extends JpaRepository<MessageEntryEntity, Long> {

}
