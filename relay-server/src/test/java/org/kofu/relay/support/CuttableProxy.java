package org.kofu.relay.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kofu.testsupport.ScratchPostgres;

/**
 * A TCP proxy on loopback in front of a database or a cache member: {@link #cut()} closes every
 * connection and refuses new ones (the server as if stopped, seen from the relay), {@link
 * #restore()} lets connections through again. {@link #stall()} keeps every connection open and
 * accepts new ones but passes nothing either way (a server that hangs: a frozen host, a full disk),
 * {@link #resume()} passes what was held and goes on.
 */
public final class CuttableProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean cut;
  private volatile boolean stalled;

  public CuttableProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "cuttable-proxy-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy in front of the PostgreSQL server that holds {@code db}. */
  public static CuttableProxy inFrontOf(ScratchPostgres db) throws IOException {
    return new CuttableProxy("127.0.0.1", URI.create(db.url().substring(5)).getPort());
  }

  /** {@code db}'s JDBC URL through this proxy. */
  public String url(ScratchPostgres db) {
    return db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port() + "/");
  }

  public int port() {
    return server.getLocalPort();
  }

  public void cut() {
    cut = true;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  public void restore() {
    cut = false;
  }

  public void stall() {
    stalled = true;
  }

  public void resume() {
    stalled = false;
  }

  /** Holds the bytes read while stalled; false when the proxy was closed meanwhile. */
  private boolean waitWhileStalled() {
    while (stalled && !server.isClosed()) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !server.isClosed();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket target = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(target);
        pipe(client, target);
        pipe(target, client);
      } catch (IOException e) {
        // closed, or the target refused: the client sees its connection end
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (!waitWhileStalled()) {
                    break;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "cuttable-proxy-pipe");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}
