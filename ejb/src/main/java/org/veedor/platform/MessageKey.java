package org.veedor.platform;

import java.io.Serializable;

/**
 * A key of Veedor's message bundles (English, Spanish, Portuguese), for what a person is told. Each
 * context declares its refusals as an enum implementing this, so that a test can check that every
 * bundle holds every key. A key given as an argument of a message is translated too.
 */
public interface MessageKey {

  /** The key in the bundles, such as {@code task.refusal.notYours}. */
  String key();

  /**
   * A key made of data, such as a sanction's label {@code task.sanction.DEMOTION}, to name a value
   * in the reader's language inside another message.
   */
  static MessageKey of(String key) {
    return new Named(key);
  }

  /** A key made of data. */
  record Named(String key) implements MessageKey, Serializable {}
}
