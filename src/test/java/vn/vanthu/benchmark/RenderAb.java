package vn.vanthu.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the renderer in one JVM, rendering the same document in alternation on one
 * thread: an A/B comparison that the host's drift cannot bias, since it slows both alike. Each
 * build's classes load in a class loader of their own over the shared libraries.
 *
 * <pre>
 * java -cp LIBS vn.vanthu.benchmark.RenderAb A_CLASSES B_CLASSES [--docs N] [--warmup N] FILE.json
 * </pre>
 *
 * A_CLASSES and B_CLASSES are {@code target/classes} directories (copies of two builds); LIBS is
 * the dependency class path ({@code dependency:build-classpath}) plus this harness. A build whose
 * classes lie beside a {@code templates} folder (A/classes, A/templates) renders with those
 * templates, else with {@code templates/} of the working directory. It prints the
 * median CPU time per document of each build and the median of the paired differences.
 */
public final class RenderAb {

  private RenderAb() {}

  /** One build: its renderer and how to call it. */
  private record Build(String name, Object reader, Method read, Object renderer, Method render) {

    static Build load(String name, Path classes) throws Exception {
      ClassLoader loader = new URLClassLoader(name, new URL[] {classes.toUri().toURL()},
          RenderAb.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String className, boolean resolve)
            throws ClassNotFoundException {
          // The build's own classes first, so that each build has its own statics.
          if (className.startsWith("vn.vanthu.") && !className.startsWith("vn.vanthu.benchmark")) {
            synchronized (getClassLoadingLock(className)) {
              Class<?> loaded = findLoadedClass(className);
              if (loaded == null) {
                loaded = findClass(className);
              }
              return loaded;
            }
          }
          return super.loadClass(className, resolve);
        }
      };
      Class<?> readerClass = loader.loadClass("vn.vanthu.document.DocumentReader");
      Class<?> settingsClass = loader.loadClass("vn.vanthu.rendering.RenderingSettings");
      Class<?> rendererClass = loader.loadClass("vn.vanthu.rendering.DocumentRenderer");
      Class<?> documentClass = loader.loadClass("vn.vanthu.document.OfficialDocument");
      // A build's own templates, when a templates/ folder lies beside its classes.
      Path templates = classes.toAbsolutePath().resolveSibling("templates");
      Object settings = Files.isDirectory(templates)
          ? settingsClass.getConstructor(Path.class, Path.class, Path.class)
              .newInstance(templates, null, null)
          : settingsClass.getMethod("defaults").invoke(null);
      Object renderer = rendererClass.getConstructor(settingsClass).newInstance(settings);
      // As the service prepares it, in the builds that have the preparation.
      for (Method method : rendererClass.getMethods()) {
        if (method.getName().equals("prepareForMany") && method.getParameterCount() == 0) {
          method.invoke(renderer);
        }
      }
      return new Build(name, readerClass.getConstructor().newInstance(),
          readerClass.getMethod("read", byte[].class), renderer,
          rendererClass.getMethod("render", documentClass, byte[].class));
    }

    void renderOnce(byte[] json) throws Exception {
      render.invoke(renderer, read.invoke(reader, (Object) json), json);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: RenderAb A_CLASSES B_CLASSES [--docs N] [--warmup N] FILE.json");
      System.exit(2);
    }
    int docs = 400;
    int warmup = 400;
    Path file = null;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("no input file");
    }
    byte[] json = Files.readAllBytes(file);
    Build a = Build.load("A", Path.of(args[0]));
    Build b = Build.load("B", Path.of(args[1]));
    for (int i = 0; i < warmup; i++) {
      a.renderOnce(json);
      b.renderOnce(json);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpuA = new double[docs];
    double[] cpuB = new double[docs];
    double[] difference = new double[docs];
    for (int i = 0; i < docs; i++) {
      // Alternate which goes first, so that neither always follows the other's garbage.
      Build first = i % 2 == 0 ? a : b;
      Build second = first == a ? b : a;
      long t0 = threads.getCurrentThreadCpuTime();
      first.renderOnce(json);
      long t1 = threads.getCurrentThreadCpuTime();
      second.renderOnce(json);
      long t2 = threads.getCurrentThreadCpuTime();
      double firstMs = (t1 - t0) / 1e6;
      double secondMs = (t2 - t1) / 1e6;
      cpuA[i] = first == a ? firstMs : secondMs;
      cpuB[i] = first == a ? secondMs : firstMs;
      difference[i] = cpuB[i] - cpuA[i];
    }
    double medianA = median(cpuA);
    System.out.printf(Locale.ROOT, "A %s: median CPU %.2f ms per document%n", args[0], medianA);
    System.out.printf(Locale.ROOT, "B %s: median CPU %.2f ms per document%n", args[1], median(cpuB));
    double medianDifference = median(difference);
    System.out.printf(Locale.ROOT, "B − A: median of %d paired differences %+.2f ms (%+.1f %%)%n",
        docs, medianDifference, 100 * medianDifference / medianA);
    List<Double> tenths = new ArrayList<>();
    for (int part = 0; part < 10; part++) {
      int from = part * docs / 10;
      int to = (part + 1) * docs / 10;
      tenths.add(median(Arrays.copyOfRange(difference, from, to)));
    }
    System.out.printf(Locale.ROOT, "  per tenth of the run: %s%n", tenths.stream()
        .map(d -> String.format(Locale.ROOT, "%+.2f", d)).toList());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
