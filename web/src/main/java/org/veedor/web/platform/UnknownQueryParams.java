package org.veedor.web.platform;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.veedor.platform.InputReason;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.InvalidInputException.FieldError;

/**
 * Refuses a query parameter the endpoint does not declare with a 400 naming it, so that a typo
 * ({@code receivedFrom=} for {@code from=}) is never answered with the unfiltered figure as if it
 * were the filtered one. What an endpoint knows is read once from its {@link QueryParam}s (on the
 * method's parameters, the resource's fields and any {@link BeanParam}).
 */
@Provider
public class UnknownQueryParams implements ContainerRequestFilter {

  private static final ConcurrentMap<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource == null || resource.getResourceMethod() == null) {
      return;
    }
    Set<String> known =
        KNOWN.computeIfAbsent(
            resource.getResourceMethod(), m -> declared(resource.getResourceClass(), m));
    List<FieldError> unknown = new ArrayList<>();
    for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
      if (!known.contains(name)) {
        unknown.add(
            new FieldError(
                name, InputReason.UNKNOWN_PARAMETER, known.isEmpty() ? "-" : known.toString()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
  }

  /** The query parameters a resource method reads. */
  static Set<String> declared(Class<?> resourceClass, Method method) {
    Set<String> names = new TreeSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof QueryParam q) {
          names.add(q.value());
        }
      }
    }
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof BeanParam) {
          int i = indexOf(method, annotations);
          fields(method.getParameterTypes()[i], names);
        }
      }
    }
    fields(resourceClass, names);
    return Set.copyOf(names);
  }

  private static int indexOf(Method method, Annotation[] annotations) {
    Annotation[][] all = method.getParameterAnnotations();
    for (int i = 0; i < all.length; i++) {
      if (all[i] == annotations) {
        return i;
      }
    }
    throw new IllegalStateException(method.toString());
  }

  private static void fields(Class<?> type, Set<String> names) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        QueryParam q = f.getAnnotation(QueryParam.class);
        if (q != null) {
          names.add(q.value());
        }
        if (f.getAnnotation(BeanParam.class) != null) {
          fields(f.getType(), names);
        }
      }
    }
  }
}
