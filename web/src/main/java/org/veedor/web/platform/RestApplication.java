package org.veedor.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /veedor/api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
