package org.veedor.search.infrastructure;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.veedor.officers.domain.Officer;

/** One document per officer of the registry: the name for tolerant search, badge, rank, unit. */
public class OfficerIndexBinder implements TypeBinder {

  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("givenNames")
        .use("familyNames")
        .use("badgeNumber")
        .use("rank")
        .use("status")
        .use("assignments.unit")
        .use("assignments.endDate");
    IndexSchemaElement schema = context.indexSchemaElement();
    IndexFieldReference<String> name =
        schema
            .field(
                CaseFields.NAME,
                f -> f.asString().analyzer(Analyzers.NAME).projectable(Projectable.YES))
            .toReference();
    IndexFieldReference<String> sort =
        schema
            .field(
                CaseFields.NAME_SORT,
                f -> f.asString().normalizer(Analyzers.FOLDED).sortable(Sortable.YES))
            .toReference();
    IndexFieldReference<String> badge =
        schema
            .field(CaseFields.BADGE, f -> f.asString().projectable(Projectable.YES))
            .toReference();
    IndexFieldReference<String> rank =
        schema.field(CaseFields.RANK, f -> f.asString().projectable(Projectable.YES)).toReference();
    IndexFieldReference<String> status =
        schema
            .field(CaseFields.OFFICER_STATUS, f -> f.asString().projectable(Projectable.YES))
            .toReference();
    IndexFieldReference<String> unit =
        schema
            .field(CaseFields.CURRENT_UNIT, f -> f.asString().projectable(Projectable.YES))
            .toReference();
    context.bridge(
        Officer.class,
        (TypeBridge<Officer>)
            (DocumentElement target, Officer officer, TypeBridgeWriteContext ctx) -> {
              String full = officer.givenNames() + " " + officer.familyNames();
              target.addValue(name, full);
              target.addValue(sort, officer.familyNames() + " " + officer.givenNames());
              target.addValue(badge, officer.badgeNumber().toString());
              target.addValue(rank, officer.rank().name());
              target.addValue(status, officer.status().name());
              officer.currentAssignment().ifPresent(a -> target.addValue(unit, a.unit().code()));
            });
  }
}
