package vn.vanthu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.leaflet.ImageSource;
import vn.vanthu.leaflet.LeafletRenderer;
import vn.vanthu.leaflet.LeafletRendering;
import vn.vanthu.leaflet.LeafletRendering.LeafletPdf;
import vn.vanthu.leaflet.PrintOptions;
import vn.vanthu.rendering.PageImages;
import vn.vanthu.rendering.RenderingSettings;

/**
 * Checks a bilingual leaflet or booklet and renders its print-ready PDF, without starting the
 * service. Pictures are read from the folder of the JSON file.
 */
@Command(name = "leaflet", description = "Check a bilingual leaflet or booklet (INPUT.json) and "
    + "render its print-ready PDF. Nothing is written while a check fails: a text missing one of "
    + "its languages, a glossary term translated another way, a panel that overflows, a picture "
    + "below 300 dpi. Exit status 1 when the input is invalid (each problem is printed as "
    + "field: reason), 3 when a file cannot be read or written.")
final class LeafletCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT.json", description = "The leaflet; its pictures are read "
      + "relative to its folder.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf",
      description = "Where to write the PDF, one page per printed side in reading order.")
  Path output;

  @Option(names = "--png", paramLabel = "DIR",
      description = "Also write page images (150 dpi) for preview.")
  @Nullable Path pngDir;

  @Option(names = "--bleed", description = "Add 3 mm bleed, crop marks and fold marks for the "
      + "print shop.")
  boolean bleed;

  @Option(names = "--imposed", paramLabel = "SHEETS.pdf", description = "Also write a booklet's "
      + "pages imposed two to a sheet in saddle-stitch order.")
  @Nullable Path imposedFile;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates (default: templates/).")
  @Nullable Path templatesDir;

  @Option(names = "--fonts", paramLabel = "DIR", description = "Fonts (default: fonts/).")
  @Nullable Path fontsDir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    byte[] json;
    try {
      json = Files.readAllBytes(input);
    } catch (IOException e) {
      err.println("cannot read " + input + ": " + Errors.reason(e));
      return Cli.IO_ERROR;
    }
    try {
      Path folder = input.toAbsolutePath().getParent();
      LeafletRendering leaflets = new LeafletRendering(new LeafletRenderer(
          new RenderingSettings(templatesDir, fontsDir, null)));
      LeafletPdf rendered = leaflets.render(json, ImageSource.directory(folder),
          new PrintOptions(bleed), imposedFile != null);
      if (imposedFile != null && rendered.imposed() == null) {
        err.println("leaflet: --imposed is for booklets (a5-booklet); "
            + rendered.leaflet().layout().code() + " is printed as it is");
        return 2;
      }
      Files.write(output, rendered.pdf());
      out.println("wrote " + output + " (" + rendered.pdf().length + " bytes)");
      if (imposedFile != null) {
        Files.write(imposedFile, rendered.imposed());
        out.println("wrote " + imposedFile + " (" + rendered.imposed().length + " bytes)");
      }
      if (pngDir != null) {
        int pages = PageImages.write(rendered.pdf(), pngDir, PageImages.PREVIEW_DPI).size();
        out.println("wrote " + pages + " page images to " + pngDir);
      }
      return 0;
    } catch (InvalidDocumentException e) {
      return Errors.printViolations(err, input + " cannot be printed:", e.violations());
    } catch (IOException e) {
      err.println("cannot write a file: " + Errors.reason(e));
      return Cli.IO_ERROR;
    } catch (UncheckedIOException e) {
      err.println("cannot render: " + Errors.describe(e));
      return Cli.IO_ERROR;
    } catch (IllegalStateException e) {
      err.println("cannot load the templates, fonts or glossary: " + e.getMessage());
      return Cli.IO_ERROR;
    }
  }
}
