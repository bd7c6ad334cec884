/**
 * Two or more nodes on one database: which node owns a piece of work (a lease with a heartbeat, in
 * the database), the keys every node must share, and the rate limits of the public endpoints,
 * counted once for the install rather than once per node.
 */
package org.veedor.platform.nodes;
