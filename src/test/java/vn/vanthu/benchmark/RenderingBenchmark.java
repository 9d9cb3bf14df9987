package vn.vanthu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.RenderingSettings;

/**
 * Warm rendering figures for docs/benchmarks.md: the 813 decision with its plan (5 pages) and a
 * one-page công văn, single-threaded (latency percentiles) and on every core (throughput).
 * Run with {@code ./mvnw -Pbench test-compile exec:exec}. The fork runs with the collector a batch
 * runs with ({@code src/main/bin/vanthu render … -d DIR}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RenderingBenchmark {

  private DocumentRenderer renderer;
  private OfficialDocument decision;
  private byte[] decisionJson;
  private OfficialDocument congVan;
  private byte[] congVanJson;

  @Setup
  public void setUp() throws IOException {
    renderer = new DocumentRenderer(RenderingSettings.defaults());
    renderer.prepareForMany();
    decisionJson = Files.readAllBytes(Path.of("samples/quyet-dinh-813-bhxh.json"));
    decision = new DocumentReader().read(decisionJson);
    congVanJson = Files.readAllBytes(Path.of("samples/cong-van-bao-cao-ttdn-2024.json"));
    congVan = new DocumentReader().read(congVanJson);
    System.out.printf("%nPDF size: 813 decision + plan %d bytes, công văn %d bytes%n",
        renderer.render(decision, decisionJson).pdf().length,
        renderer.render(congVan, congVanJson).pdf().length);
  }

  /** Single-thread latency of the 813 decision with its plan. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] decisionWithPlanLatency() {
    return renderer.render(decision, decisionJson).pdf();
  }

  /** Documents per second on every core, 813 decision with its plan. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(Threads.MAX)
  public byte[] decisionWithPlanThroughput() {
    return renderer.render(decision, decisionJson).pdf();
  }

  /** Single-thread latency of a one-page công văn. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] congVanLatency() {
    return renderer.render(congVan, congVanJson).pdf();
  }

  /** Documents per second on every core, one-page công văn. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(Threads.MAX)
  public byte[] congVanThroughput() {
    return renderer.render(congVan, congVanJson).pdf();
  }
}
