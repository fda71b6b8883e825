/**
 * Debian's JMeter 2.13 runs on a modern XStream (1.4.20), whose default security framework refuses every class
 * JMeter 2.13 loads plans and writes results with (`ForbiddenClassException`). This launcher, compiled once with
 * javac, opens SaveService's XStream instances to all types before handing over to JMeter's own NewDriver. It is
 * only for that old JMeter: a plan is code anyway (JSR223, OS Process), so allowing its types loses nothing.
 *
 * The source is kept here as text so the bundled worker carries it (no extra file to ship).
 */
export const LAUNCHER_CLASS = 'DltJmeterLauncher';

export const LAUNCHER_SOURCE = `import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Starts JMeter's NewDriver after allowing every type in SaveService's XStream instances. */
public final class DltJmeterLauncher {
  private DltJmeterLauncher() {}

  public static void main(String[] args) throws Throwable {
    String home = System.getProperty("jmeter.home");
    if (home == null) throw new IllegalStateException("set -Djmeter.home to the JMeter folder");
    // NewDriver's static initialiser builds the class loader that holds lib/ and lib/ext/.
    Class<?> driver = Class.forName("org.apache.jmeter.NewDriver");
    Field loaderField = driver.getDeclaredField("loader");
    loaderField.setAccessible(true);
    ClassLoader loader = (ClassLoader) loaderField.get(null);
    Thread.currentThread().setContextClassLoader(loader);
    // SaveService reads jmeter.properties while it initialises; JMeter reloads them (with -J overrides) later.
    Class<?> utils = Class.forName("org.apache.jmeter.util.JMeterUtils", true, loader);
    utils.getMethod("setJMeterHome", String.class).invoke(null, home);
    utils.getMethod("loadJMeterProperties", String.class).invoke(null, home + "/bin/jmeter.properties");
    Class<?> saveService = Class.forName("org.apache.jmeter.save.SaveService", true, loader);
    Class<?> xstream = Class.forName("com.thoughtworks.xstream.XStream", false, loader);
    Class<?> permission = Class.forName("com.thoughtworks.xstream.security.TypePermission", false, loader);
    Object anyType = Class.forName("com.thoughtworks.xstream.security.AnyTypePermission", true, loader)
        .getField("ANY").get(null);
    Method addPermission = xstream.getMethod("addPermission", permission);
    int opened = 0;
    for (Field field : saveService.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && xstream.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        addPermission.invoke(field.get(null), anyType);
        opened++;
      }
    }
    if (opened == 0) throw new IllegalStateException("no XStream instance found in SaveService");
    driver.getMethod("main", String[].class).invoke(null, (Object) args);
  }
}
`;
