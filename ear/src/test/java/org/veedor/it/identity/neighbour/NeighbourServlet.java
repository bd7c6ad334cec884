package org.veedor.it.identity.neighbour;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one page of another agency's application deployed beside Veedor (declared in its web.xml): it
 * names who signed in, and only the server's default security domain knows its users.
 */
public class NeighbourServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print("hello " + request.getRemoteUser());
  }
}
