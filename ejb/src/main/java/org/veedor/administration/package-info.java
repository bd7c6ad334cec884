/**
 * Administration: what an agency's administrator sets up and keeps up without SQL (accounts and
 * their roles and units, the unit tree and its territories, the allegation taxonomy) and the first
 * administrator of a new install. Every change is audited with its before and after; nothing here
 * reads a case.
 */
package org.veedor.administration;
