package org.veedor.platform.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** Camunda's expression language with CDI beans after process variables. */
final class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beans;

  CdiExpressionManager(BeanManager beans) {
    this.beans = beans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(super.createElResolver());
    resolver.add(new CdiBeanResolver(beans));
    return resolver;
  }
}
