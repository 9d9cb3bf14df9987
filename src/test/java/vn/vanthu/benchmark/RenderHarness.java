package vn.vanthu.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.RenderingSettings;

/**
 * The Vanthu side of {@code src/test/bench/side-by-side.sh}: the same protocol as the peers' scripts
 * (warm up, time documents one by one on one thread, then count documents on every core), printed
 * as {@code RESULT <case> <key> <value>} lines for the script to read. Plain timing loops rather
 * than JMH so that the three engines are measured the same way; {@link RenderingBenchmark} has the
 * JMH figures.
 *
 * <pre>
 * RenderHarness warm  [--warmup S] [--warmup-docs N] [--docs N] [--seconds S] [--threads T] FILE.json…
 * RenderHarness large [--pages P]         (run it with -Xmx256m: a generated P-page plan)
 * RenderHarness first FILE.json           (construction, 1st, 2nd … render in a fresh JVM)
 * </pre>
 */
public final class RenderHarness {

  private double warmupSeconds = 10;
  /** At least this many warm-up documents: on a loaded machine seconds alone leave the JIT cold. */
  private int warmupDocs = 0;
  private int latencyDocs = 100;
  private double throughputSeconds = 10;
  private int threads = Runtime.getRuntime().availableProcessors();
  private int pages = 500;
  private final List<Path> files = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: RenderHarness warm|large|first [options] [FILE.json…]");
      System.exit(2);
    }
    RenderHarness harness = new RenderHarness();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> harness.warmupSeconds = Double.parseDouble(args[++i]);
        case "--warmup-docs" -> harness.warmupDocs = Integer.parseInt(args[++i]);
        case "--docs" -> harness.latencyDocs = Integer.parseInt(args[++i]);
        case "--seconds" -> harness.throughputSeconds = Double.parseDouble(args[++i]);
        case "--threads" -> harness.threads = Integer.parseInt(args[++i]);
        case "--pages" -> harness.pages = Integer.parseInt(args[++i]);
        default -> harness.files.add(Path.of(args[i]));
      }
    }
    switch (args[0]) {
      case "warm" -> harness.warm();
      case "large" -> harness.large();
      case "first" -> harness.first();
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }

  /** A sample read once: its JSON, the document and a short name for the report. */
  private record Sample(String name, byte[] json, OfficialDocument document) {
    static Sample read(Path file) throws IOException {
      byte[] json = Files.readAllBytes(file);
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      return new Sample(name, json, new DocumentReader().read(json));
    }
  }

  private void warm() throws Exception {
    long start = System.nanoTime();
    // A warm process is the service or a batch, which prepare what pays off over many documents.
    DocumentRenderer renderer = new DocumentRenderer(RenderingSettings.defaults());
    renderer.prepareForMany();
    result("setup", "renderer_ms", millis(System.nanoTime() - start));
    List<Sample> samples = new ArrayList<>();
    for (Path file : files) {
      samples.add(Sample.read(file));
    }
    for (Sample sample : samples) {
      long t = System.nanoTime();
      byte[] pdf = renderer.render(sample.document(), sample.json()).pdf();
      result(sample.name(), "first_render_ms", millis(System.nanoTime() - t));
      result(sample.name(), "pdf_bytes", pdf.length);
      result(sample.name(), "pages", pages(pdf));
    }
    for (Sample sample : samples) {
      warmUp(renderer, sample);
      latency(renderer, sample);
      throughput(renderer, sample);
    }
  }

  /**
   * Renders on every thread for the warm-up time and documents, so that both the JIT and the pools
   * are warm, in windows of five seconds whose documents a second it reports: the curve shows
   * whether the warm-up was long enough (the JIT compiles for tens of seconds on a slow host).
   */
  private void warmUp(DocumentRenderer renderer, Sample sample) throws InterruptedException {
    long start = System.nanoTime();
    long docs = 0;
    double elapsed = 0;
    while (elapsed < warmupSeconds || docs < warmupDocs) {
      long t = System.nanoTime();
      long window = runOnThreads(renderer, sample, threads,
          Math.max(1, Math.min(5, warmupSeconds)), 0);
      docs += window;
      elapsed = (System.nanoTime() - start) / 1e9;
      result(sample.name(), "warmup_curve", String.format(Locale.ROOT, "%.0fs %.1f/s", elapsed,
          window / ((System.nanoTime() - t) / 1e9)));
    }
  }

  private void latency(DocumentRenderer renderer, Sample sample) {
    var threadBean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] nanos = new long[latencyDocs];
    long[] cpu = new long[latencyDocs];
    resetHeapPeaks();
    long allocatedBefore = threadBean.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < latencyDocs; i++) {
      long c = threadBean.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      renderer.render(sample.document(), sample.json());
      nanos[i] = System.nanoTime() - t;
      cpu[i] = threadBean.getCurrentThreadCpuTime() - c;
    }
    long allocated = threadBean.getCurrentThreadAllocatedBytes() - allocatedBefore;
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    result(sample.name(), "latency_docs", latencyDocs);
    result(sample.name(), "p50_ms", millis(percentile(nanos, 50)));
    result(sample.name(), "p90_ms", millis(percentile(nanos, 90)));
    result(sample.name(), "p99_ms", millis(percentile(nanos, 99)));
    result(sample.name(), "min_ms", millis(nanos[0]));
    result(sample.name(), "mean_ms", millis(Arrays.stream(nanos).sum() / nanos.length));
    // CPU time of the rendering thread: what the document costs, whatever else the machine runs.
    result(sample.name(), "cpu_p50_ms", millis(percentile(cpu, 50)));
    result(sample.name(), "cpu_p99_ms", millis(percentile(cpu, 99)));
    result(sample.name(), "allocated_mb_per_doc", allocated / 1e6 / latencyDocs);
    result(sample.name(), "peak_heap_1thread_mb", peakHeapBytes() / 1e6);
  }

  private void throughput(DocumentRenderer renderer, Sample sample) throws InterruptedException {
    resetHeapPeaks();
    long gcBefore = gcMillis();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long t = System.nanoTime();
    long docs = runOnThreads(renderer, sample, threads, throughputSeconds, 0);
    double seconds = (System.nanoTime() - t) / 1e9;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    result(sample.name(), "threads", threads);
    result(sample.name(), "throughput_docs_per_s", docs / seconds);
    // Process CPU (all threads: rendering, JIT, GC) per document while every core renders.
    result(sample.name(), "throughput_cpu_ms_per_doc", millis(cpu) / docs);
    result(sample.name(), "peak_heap_mb", peakHeapBytes() / 1e6);
    result(sample.name(), "gc_share_pct", 100.0 * (gcMillis() - gcBefore) / 1000 / seconds);
    result(sample.name(), "peak_rss_mb", peakRssMegabytes());
  }

  /**
   * Renders on {@code count} threads until the time is up and at least {@code minDocs} documents
   * are done; returns the documents finished.
   */
  private static long runOnThreads(DocumentRenderer renderer, Sample sample, int count,
      double seconds, int minDocs) throws InterruptedException {
    LongAdder done = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(count);
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < count; i++) {
      Thread.ofPlatform().name("render-" + i).start(() -> {
        try {
          while (!stop.get()) {
            renderer.render(sample.document(), sample.json());
            done.increment();
          }
        } catch (Throwable e) {
          failures.add(e);
        } finally {
          finished.countDown();
        }
      });
    }
    Thread.sleep((long) (seconds * 1000));
    while (done.sum() < minDocs && failures.isEmpty()) {
      Thread.sleep(50);
    }
    stop.set(true);
    finished.await();
    if (!failures.isEmpty()) {
      throw new IllegalStateException("rendering failed", failures.get(0));
    }
    return done.sum();
  }

  /** Renders a generated plan of about {@link #pages} pages; meant for a small -Xmx. */
  private void large() throws Exception {
    byte[] decision = Files.readAllBytes(Path.of("samples/quyet-dinh-813-bhxh.json"));
    DocumentRenderer renderer = new DocumentRenderer(RenderingSettings.defaults());
    DocumentReader reader = new DocumentReader();
    // Pages per copy of the plan body, from two smaller renders.
    int one = pages(renderer.render(reader.read(LargePlan.of(decision, 1)), null).pdf());
    int eleven = pages(renderer.render(reader.read(LargePlan.of(decision, 11)), null).pdf());
    double perCopy = (eleven - one) / 10.0;
    int copies = (int) Math.ceil((pages - (one - perCopy)) / perCopy);
    byte[] json = LargePlan.of(decision, copies);
    String name = "large-plan";
    result(name, "max_heap_mb", Runtime.getRuntime().maxMemory() / 1e6);
    result(name, "json_bytes", json.length);
    System.gc();
    resetHeapPeaks();
    long gcBefore = gcMillis();
    long t = System.nanoTime();
    byte[] pdf;
    try {
      pdf = renderer.render(reader.read(json), json).pdf();
    } catch (OutOfMemoryError e) {
      result(name, "ok", 0);
      result(name, "error", "OutOfMemoryError");
      result(name, "peak_heap_mb", peakHeapBytes() / 1e6);
      System.exit(1);
      return;
    }
    long elapsed = System.nanoTime() - t;
    long peak = peakHeapBytes();
    result(name, "ok", 1);
    result(name, "render_ms", millis(elapsed));
    result(name, "peak_heap_mb", peak / 1e6);
    result(name, "gc_ms", gcMillis() - gcBefore);
    result(name, "pdf_bytes", pdf.length);
    int count = pages(pdf);
    result(name, "pages", count);
    result(name, "ms_per_page", millis(elapsed) / count);
  }

  /** What a fresh JVM pays: renderer construction, then the first renders of one document. */
  private void first() throws Exception {
    double atMain = ManagementFactory.getRuntimeMXBean().getUptime();
    Sample sample = Sample.read(files.get(0));
    long t = System.nanoTime();
    DocumentRenderer renderer = new DocumentRenderer(RenderingSettings.defaults());
    result(sample.name(), "jvm_uptime_at_main_ms", atMain);
    result(sample.name(), "renderer_ms", millis(System.nanoTime() - t));
    for (int i = 1; i <= 20; i++) {
      long r = System.nanoTime();
      renderer.render(sample.document(), sample.json());
      if (i <= 5 || i == 10 || i == 20) {
        result(sample.name(), "render_" + i + "_ms", millis(System.nanoTime() - r));
      }
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The process's peak resident set (VmHWM), comparable with the peers' figures. */
  private static double peakRssMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: no figure
    }
    return -1;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static void result(String name, String key, Object value) {
    String text = value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d)
        : String.valueOf(value);
    System.out.println("RESULT vanthu " + name + " " + key + " " + text);
    System.out.flush();
  }
}
