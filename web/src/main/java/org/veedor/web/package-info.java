/**
 * The web layer: PrimeFaces views and the JAX-RS API, by bounded context. It talks to application
 * services and their DTOs only, never to entities or the engine.
 */
package org.veedor.web;
