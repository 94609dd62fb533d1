package dev.sigref.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowEntryRepository extends JpaRepository<FlowEntryEntity, Long> {

}
