package org.kofu.admin.jobs;

import java.io.InputStream;
import java.net.URL;
import org.quartz.Job;
import org.quartz.simpl.CascadingClassLoadHelper;
import org.quartz.spi.ClassLoadHelper;

/** Loads classes as Quartz does, answering {@link RunsOnBatchNode} for job classes not here. */
public final class BatchNodeClassLoadHelper implements ClassLoadHelper {

  private final CascadingClassLoadHelper delegate = new CascadingClassLoadHelper();

  @Override
  public void initialize() {
    delegate.initialize();
  }

  @Override
  public Class<?> loadClass(String name) throws ClassNotFoundException {
    return delegate.loadClass(name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Class<? extends T> loadClass(String name, Class<T> clazz)
      throws ClassNotFoundException {
    try {
      return delegate.loadClass(name, clazz);
    } catch (ClassNotFoundException e) {
      if (clazz == Job.class) {
        return (Class<? extends T>) RunsOnBatchNode.class;
      }
      throw e;
    }
  }

  @Override
  public URL getResource(String name) {
    return delegate.getResource(name);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    return delegate.getResourceAsStream(name);
  }

  @Override
  public ClassLoader getClassLoader() {
    return delegate.getClassLoader();
  }
}
