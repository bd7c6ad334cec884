package org.veedor.platform.workflow;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Lets process expressions name CDI beans ({@code ${triageFactsDelegate}}), as the delegates of the
 * contexts' workflow packages are {@code @Named} beans. Read-only; only top-level names.
 */
final class CdiBeanResolver extends ELResolver {

  private final BeanManager beans;

  CdiBeanResolver(BeanManager beans) {
    this.beans = beans;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Set<Bean<?>> candidates = beans.getBeans(name);
    if (candidates.isEmpty()) {
      return null;
    }
    Bean<?> bean = beans.resolve(candidates);
    Object reference = beans.getReference(bean, Object.class, beans.createCreationalContext(bean));
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are not assignable from a process
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
