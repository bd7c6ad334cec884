/**
 * The appeals body's decision on an officer's appeal as a typed, validated command; the task form
 * of the workflow is a thin adapter over it.
 */
package org.veedor.appeal.application;
