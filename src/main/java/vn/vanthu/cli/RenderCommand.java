package vn.vanthu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.Violation;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.PageImages;
import vn.vanthu.rendering.RenderingSettings;

/** Renders a document's JSON into its archival PDF, without starting the service. */
@Command(name = "render", description = "Render INPUT.json into an archival PDF.")
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT.json", description = "The document's JSON.")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf",
      description = "Where to write the PDF.")
  Path output;

  @Option(names = "--png", paramLabel = "DIR", description = "Also write page images (150 dpi).")
  @Nullable Path pngDir;

  @Option(names = "--html", paramLabel = "OUT.xhtml",
      description = "Also write the XHTML handed to the PDF engine.")
  @Nullable Path htmlFile;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates (default: templates/).")
  @Nullable Path templatesDir;

  @Option(names = "--fonts", paramLabel = "DIR", description = "Fonts (default: fonts/).")
  @Nullable Path fontsDir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      byte[] json = Files.readAllBytes(input);
      OfficialDocument document = new DocumentReader().read(json);
      DocumentRenderer renderer =
          new DocumentRenderer(new RenderingSettings(templatesDir, fontsDir, null));
      DocumentRenderer.Rendered rendered = renderer.render(document, json);
      Files.write(output, rendered.pdf());
      out.println("wrote " + output + " (" + rendered.pdf().length + " bytes)");
      if (htmlFile != null) {
        Files.writeString(htmlFile, rendered.xhtml());
      }
      if (pngDir != null) {
        int pages = PageImages.write(rendered.pdf(), pngDir, PageImages.PREVIEW_DPI).size();
        out.println("wrote " + pages + " page images to " + pngDir);
      }
      return 0;
    } catch (InvalidDocumentException e) {
      err.println(input + " is not a valid document:");
      for (Violation v : e.violations()) {
        err.println("  " + v.field() + ": " + v.reason());
      }
      return Cli.INVALID_INPUT;
    } catch (IOException e) {
      err.println("cannot read or write a file: " + e.getMessage());
      return Cli.IO_ERROR;
    }
  }
}
