package org.veedor.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.veedor.it.support.Deployments;
import org.veedor.it.support.identity.AsAdmin;
import org.veedor.platform.demo.DemoDataLoader;

/** In the container: the demo world was loaded on the first start, and is never loaded twice. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.veedorWithTests("org.veedor.it.platform");
  }

  @Inject DemoDataLoader loader;
  @Inject AsAdmin admin;

  @PersistenceContext EntityManager em;

  private long count(String entity) {
    return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
  }

  @Test
  void shouldRefuseToLoadTheDemoWorldForAnyoneButAnAdministrator() {
    assertThatThrownBy(() -> loader.loadIfEmpty(10)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void shouldHaveLoadedTheDemoWorldOnTheFirstStart() {
    assertThat(count("Unit")).isBetween(35L, 60L);
    assertThat(count("Officer")).isGreaterThanOrEqualTo(400);
    assertThat(count("Complaint")).isGreaterThanOrEqualTo(2000);
    assertThat(
            em.createQuery(
                    "select count(distinct a.complaint) from Allegation a"
                        + " where a.category.group = org.veedor.intake.domain.CategoryGroup.CORRUPTION",
                    Long.class)
                .getSingleResult())
        .isPositive();
  }

  @Test
  void shouldLoadNothingWhenTheDatabaseAlreadyHoldsData() throws Exception {
    long complaints = count("Complaint");
    long officers = count("Officer");

    boolean loaded = admin.call(() -> loader.loadIfEmpty(2000));

    assertThat(loaded).isFalse();
    assertThat(count("Complaint")).isEqualTo(complaints);
    assertThat(count("Officer")).isEqualTo(officers);
  }
}
