package org.kofu.relay.security;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import org.apache.tomcat.util.net.SSLContext;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.apache.tomcat.util.net.SSLUtil;
import org.apache.tomcat.util.net.jsse.JSSEImplementation;

/**
 * Tomcat's JSSE, with every engine of a registered TLS host configuration reporting the handshakes
 * it refuses ({@link RefusalCountingEngine}). Tomcat makes this class itself, by name (the
 * connector's {@code sslImplementationName}), so the listeners are found by host configuration.
 */
public final class RefusalCountingImplementation extends JSSEImplementation {

  private static final Map<SSLHostConfig, Consumer<SSLException>> LISTENERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Reports the refused handshakes of the engines made for this host configuration. */
  static void listen(SSLHostConfig host, Consumer<SSLException> refused) {
    LISTENERS.put(host, refused);
  }

  @Override
  public SSLUtil getSSLUtil(SSLHostConfigCertificate certificate) {
    SSLUtil util = super.getSSLUtil(certificate);
    Consumer<SSLException> refused = LISTENERS.get(certificate.getSSLHostConfig());
    return refused == null ? util : new Util(util, refused);
  }

  private record Util(SSLUtil util, Consumer<SSLException> refused) implements SSLUtil {

    @Override
    public SSLContext createSSLContext(List<String> negotiableProtocols) throws Exception {
      return new Context(util.createSSLContext(negotiableProtocols), refused);
    }

    @Override
    public KeyManager[] getKeyManagers() throws Exception {
      return util.getKeyManagers();
    }

    @Override
    public TrustManager[] getTrustManagers() throws Exception {
      return util.getTrustManagers();
    }

    @Override
    public void configureSessionContext(SSLSessionContext sslSessionContext) {
      util.configureSessionContext(sslSessionContext);
    }

    @Override
    public String[] getEnabledProtocols() {
      return util.getEnabledProtocols();
    }

    @Override
    public String[] getEnabledCiphers() {
      return util.getEnabledCiphers();
    }
  }

  private record Context(SSLContext context, Consumer<SSLException> refused) implements SSLContext {

    @Override
    public void init(KeyManager[] kms, TrustManager[] tms, SecureRandom sr)
        throws java.security.KeyManagementException {
      context.init(kms, tms, sr);
    }

    @Override
    public void destroy() {
      context.destroy();
    }

    @Override
    public SSLSessionContext getServerSessionContext() {
      return context.getServerSessionContext();
    }

    @Override
    public SSLEngine createSSLEngine() {
      return new RefusalCountingEngine(context.createSSLEngine(), refused);
    }

    @Override
    public SSLServerSocketFactory getServerSocketFactory() {
      return context.getServerSocketFactory();
    }

    @Override
    public javax.net.ssl.SSLParameters getSupportedSSLParameters() {
      return context.getSupportedSSLParameters();
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return context.getCertificateChain(alias);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return context.getAcceptedIssuers();
    }
  }
}
