package org.veedor.search.infrastructure;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.veedor.intake.domain.Allegation;
import org.veedor.intake.domain.Complaint;
import org.veedor.officers.domain.Assignment;
import org.veedor.officers.domain.Officer;

/**
 * What is indexed, declared here rather than on the domain classes: complaints and officers, each
 * through its binder. Reference data a document borrows (a category, a unit, an officer named in an
 * allegation) is followed shallowly: replacing it reindexes the complaint, renaming it waits for
 * the next mass reindex, as such renames are rare and done by administrators.
 */
public class CaseIndexMapping implements HibernateOrmSearchMappingConfigurer {

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
    TypeMappingStep complaint = mapping.type(Complaint.class);
    complaint.indexed().index(CaseFields.COMPLAINT_INDEX);
    complaint.binder(new ComplaintIndexBinder());
    complaint.property("territory").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    TypeMappingStep allegation = mapping.type(Allegation.class);
    allegation.property("category").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    allegation.property("unit").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    allegation.property("officer").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    TypeMappingStep officer = mapping.type(Officer.class);
    officer.indexed().index(CaseFields.OFFICER_INDEX);
    officer.binder(new OfficerIndexBinder());
    mapping
        .type(Assignment.class)
        .property("unit")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
