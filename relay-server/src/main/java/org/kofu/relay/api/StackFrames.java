package org.kofu.relay.api;

/**
 * An exception's types and stack frames without its messages, which may quote personal data: what
 * an unexpected failure needs to be traced from the application log.
 */
final class StackFrames {

  private static final int FRAMES_PER_CAUSE = 25;
  private static final int CAUSES = 5;

  private StackFrames() {}

  static String of(Throwable e) {
    StringBuilder text = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < CAUSES; depth++, t = t.getCause()) {
      text.append(depth == 0 ? "" : "\ncaused by ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
        text.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > FRAMES_PER_CAUSE) {
        text.append("\n\t… ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
      }
    }
    return text.toString();
  }
}
