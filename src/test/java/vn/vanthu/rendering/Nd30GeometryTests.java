package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.vanthu.rendering.PageText.MM;
import static vn.vanthu.rendering.PageText.squash;
import static vn.vanthu.rendering.SampleLayout.CENTRE;
import static vn.vanthu.rendering.SampleLayout.LEFT;
import static vn.vanthu.rendering.SampleLayout.RIGHT;
import static vn.vanthu.rendering.SampleLayout.RIGHT_HALF_CENTRE;
import static vn.vanthu.rendering.SampleLayout.TOP;
import static vn.vanthu.rendering.SampleLayout.mm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.VietnameseText;
import vn.vanthu.rendering.BodyParagraphs.Paragraph;
import vn.vanthu.rendering.PageShapes.Shape;
import vn.vanthu.rendering.PageText.Glyph;
import vn.vanthu.rendering.PageText.Run;

/**
 * Measures the PDFs of the samples against the ND30 format (spec sections 1 and 3–6): page size,
 * margins, the header grid, title, căn cứ, body, closing, page numbers, the attached plan, the
 * công văn and the stamps. Sizes are in pt, positions in mm from the top-left corner of the page;
 * the tolerance is 1 mm unless a check says otherwise.
 */
class Nd30GeometryTests {

  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(RenderingSettings.defaults());
  private static final Map<String, SampleLayout> LAYOUTS = new ConcurrentHashMap<>();
  private static final float TOLERANCE = 1 * MM;
  private static final String QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
  private static final List<String> POINT_LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g",
      "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");
  private static final String PLAN_SAMPLE = "quyet-dinh-813-bhxh";
  private static final String DRAFT_SAMPLE = "quyet-dinh-draft";
  private static final String SECRET_SAMPLE = "thong-bao-mat";
  private static final String APPENDIX_SAMPLE = "ke-hoach-bhxh-bac-ninh-2025";

  static Stream<String> samples() {
    return Samples.names();
  }

  static Stream<String> titledSamples() {
    return samplesWhere(d -> d.type().hasHeading());
  }

  static Stream<String> decisionSamples() {
    return samplesWhere(d -> d.type() == DocumentType.QUYET_DINH);
  }

  static Stream<String> congVanSamples() {
    return samplesWhere(d -> d.type() == DocumentType.CONG_VAN);
  }

  static Stream<String> samplesWithLegalBases() {
    return samplesWhere(d -> !d.legalBases().isEmpty());
  }

  static Stream<String> samplesWithAddressees() {
    return samplesWhere(d -> !d.addressees().isEmpty());
  }

  /** Every page is A4 portrait: MediaBox 595.3 × 841.9 pt. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pagesAreA4Portrait(String sample) {
    SampleLayout layout = layout(sample);
    for (int page = 0; page < layout.pages(); page++) {
      assertThat(layout.mediaBoxes().get(page).getWidth()).as("page %d width", page + 1)
          .isCloseTo(595.3f, offset(0.5f));
      assertThat(layout.mediaBoxes().get(page).getHeight()).as("page %d height", page + 1)
          .isCloseTo(841.9f, offset(0.5f));
    }
  }

  /** No text in the margins (30 mm left, 15 mm right, 20 mm top and bottom) but the page number. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void textStaysInsideTheMargins(String sample) {
    SampleLayout layout = layout(sample);
    List<String> outside = new ArrayList<>();
    for (List<Run> page : layout.lines()) {
      for (Run line : page) {
        if (isPageNumber(line) || squash(line.text()).isEmpty()) {
          continue;
        }
        List<String> sides = new ArrayList<>();
        if (line.left() < LEFT - TOLERANCE) {
          sides.add("left " + mm(line.left()));
        }
        if (line.right() > RIGHT + TOLERANCE) {
          sides.add("right " + mm(line.right()));
        }
        if (line.top() < TOP - TOLERANCE) {
          sides.add("top " + mm(line.top()));
        }
        if (line.bottom() > SampleLayout.BOTTOM + TOLERANCE) {
          sides.add("bottom " + mm(line.bottom()));
        }
        if (!sides.isEmpty()) {
          outside.add(sides + " " + line);
        }
      }
    }
    assertThat(outside).as("text outside the text area 30–195 × 20–277 mm").isEmpty();
  }

  /** The Quốc hiệu is bold upright capitals of 12–13 pt in the right-hand part of page 1. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void quocHieuIsBoldCapitalsInTheRightPart(String sample) {
    SampleLayout layout = layout(sample);
    Run quocHieu = layout.require(0, QUOC_HIEU);
    assertStyle(quocHieu, 12, 13, true, false);
    assertCapitals(quocHieu);
    assertThat(quocHieu.centre()).as("centre of %s", quocHieu).isGreaterThan(CENTRE);
    assertThat(quocHieu.left()).as("left of %s", quocHieu)
        .isGreaterThan(issuer(layout).right());
  }

  /** The Tiêu ngữ is bold 13–14 pt, one size above the Quốc hiệu, centred under it, ruled as long. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void tieuNguIsCentredUnderTheQuocHieuWithARuleAsLongAsItself(String sample) {
    SampleLayout layout = layout(sample);
    Run quocHieu = layout.require(0, QUOC_HIEU);
    Run tieuNgu = layout.require(0, TIEU_NGU);
    assertStyle(tieuNgu, 13, 14, true, false);
    assertThat(tieuNgu.size() - quocHieu.size()).as("size pair 12→13 / 13→14")
        .isCloseTo(1f, offset(0.1f));
    float step = tieuNgu.baseline() - quocHieu.baseline();
    assertThat(step).as("single spacing under the Quốc hiệu").isPositive()
        .isLessThanOrEqualTo(1.3f * tieuNgu.size());
    assertCentred(tieuNgu, quocHieu.centre(), TOLERANCE, "under the Quốc hiệu");
    Shape rule = layout.ruleUnder(tieuNgu, 12).orElseThrow(
        () -> new AssertionError("no rule under " + tieuNgu));
    assertThat(Math.abs(rule.width() - tieuNgu.width())).as("rule %s vs text %s width %s", rule,
        tieuNgu, mm(tieuNgu.width())).isLessThanOrEqualTo(TOLERANCE);
    assertThat(Math.abs(rule.centreX() - tieuNgu.centre())).as("rule %s centred", rule)
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** The issuer is bold 12–13 pt capitals in the left column, over a centred rule 1/3–1/2 as long. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void issuerIsBoldCapitalsOverAShortCentredRule(String sample) {
    SampleLayout layout = layout(sample);
    Run issuer = issuer(layout);
    assertStyle(issuer, 12, 13, true, false);
    assertCapitals(issuer);
    assertThat(issuer.centre()).as("centre of %s", issuer).isLessThan(CENTRE);
    Shape rule = layout.ruleUnder(issuer, 12).orElseThrow(
        () -> new AssertionError("no rule under " + issuer));
    assertThat(rule.width() / issuer.width()).as("rule %s vs text width %s", rule,
        mm(issuer.width())).isBetween(1f / 3 - 0.01f, 0.5f + 0.01f);
    assertThat(Math.abs(rule.centreX() - issuer.centre())).as("rule %s centred", rule)
        .isLessThanOrEqualTo(TOLERANCE);
    if (layout.view().issuerParent() != null) {
      Run parent = layout.require(0, layout.view().issuerParent());
      assertStyle(parent, 12, 13, false, false);
      assertCapitals(parent);
      assertCentred(parent, issuer.centre(), TOLERANCE, "over the issuer");
    }
  }

  /** The Số line is 13 pt, upright, not bold, centred under the issuer and below its rule. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void numberLineIsCentredUnderTheIssuer(String sample) {
    SampleLayout layout = layout(sample);
    Run issuer = issuer(layout);
    Run number = layout.segmentWith(0, "Số:");
    assertThat(squash(number.text())).isEqualTo(squash(layout.view().numberLine()))
        .matches(layout.document().isDraft() ? "Số: /\\S+" : "Số: (0[1-9]|[1-9]\\d+)/\\S+");
    assertStyle(number, 13, 13, false, false);
    assertCentred(number, issuer.centre(), TOLERANCE, "under the issuer");
    Shape rule = layout.ruleUnder(issuer, 12).orElseThrow();
    assertThat(number.top()).as("%s below the issuer's rule %s", number, rule)
        .isGreaterThan(rule.bottom());
  }

  /** Place and date are italic 13–14 pt on the Số line's baseline, centred under the Quốc hiệu. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void placeAndDateStandBesideTheNumberUnderTheQuocHieu(String sample) {
    SampleLayout layout = layout(sample);
    Run number = layout.segmentWith(0, "Số:");
    Run date = layout.segmentWith(0, layout.document().place() + ", ngày");
    assertThat(squash(date.text())).isEqualTo(squash(layout.view().placeAndDate()));
    assertStyle(date, 13, 14, false, true);
    assertThat(Math.abs(date.baseline() - number.baseline())).as("baseline of %s vs %s", date,
        number).isLessThanOrEqualTo(2f);
    assertCentred(date, layout.require(0, QUOC_HIEU).centre(), TOLERANCE, "under the Quốc hiệu");
  }

  /** The printed date has a leading zero only for days 1–9 and months 1 and 2; drafts leave blanks. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void printedDateFollowsTheLeadingZeroRule(String sample) {
    SampleLayout layout = layout(sample);
    OfficialDocument document = layout.document();
    String text = squash(layout.segmentWith(0, document.place() + ", ngày").text());
    if (document.date() == null) {
      assertThat(text).isEqualTo(document.place() + ", ngày tháng năm");
      return;
    }
    Matcher date = Pattern.compile("ngày (\\d+) tháng (\\d+) năm (\\d+)$").matcher(text);
    assertThat(date.find()).as(text).isTrue();
    int day = document.date().getDayOfMonth();
    int month = document.date().getMonthValue();
    assertThat(date.group(1)).isEqualTo(day < 10 ? "0" + day : Integer.toString(day));
    assertThat(date.group(2)).isEqualTo(month <= 2 ? "0" + month : Integer.toString(month));
    assertThat(date.group(3)).isEqualTo(Integer.toString(document.date().getYear()));
  }

  /** The tên loại is bold 13–14 pt capitals, centred on the text area. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("titledSamples")
  void typeHeadingIsBoldCapitalsCentredOnTheTextArea(String sample) {
    SampleLayout layout = layout(sample);
    Run heading = typeHeading(layout, 0, layout.document().type().heading());
    assertStyle(heading, 13, 14, true, false);
    assertCapitals(heading);
    assertCentred(heading, CENTRE, TOLERANCE, "on the text area");
  }

  /** The trích yếu is bold 13–14 pt, centred under the tên loại, with a centred rule under it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("titledSamples")
  void subjectIsBoldAndCentredWithARuleUnderIt(String sample) {
    SampleLayout layout = layout(sample);
    Run heading = typeHeading(layout, 0, layout.document().type().heading());
    Shape rule = subjectRule(layout, heading);
    List<Run> subject = layout.segmentsIn(0, heading.baseline(), rule.top(), LEFT, RIGHT);
    assertThat(joined(subject)).isEqualTo(squash(layout.document().subject()));
    for (Run line : subject) {
      assertStyle(line, 13, 14, true, false);
      assertCentred(line, CENTRE, TOLERANCE, "on the text area");
    }
    assertThat(Math.abs(rule.centreX() - CENTRE)).as("rule %s centred", rule)
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** The rule under the trích yếu is 1/3 to 1/2 as long as the trích yếu's longest line. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("titledSamples")
  void subjectRuleIsAThirdToAHalfOfTheSubjectLine(String sample) {
    SampleLayout layout = layout(sample);
    Run heading = typeHeading(layout, 0, layout.document().type().heading());
    Shape rule = subjectRule(layout, heading);
    float longest = (float) layout.segmentsIn(0, heading.baseline(), rule.top(), LEFT, RIGHT)
        .stream().mapToDouble(Run::width).max().orElseThrow();
    assertThat(rule.width() / longest).as("rule %s under a trích yếu line of %s", rule,
        mm(longest)).isBetween(1f / 3 - 0.01f, 0.5f + 0.01f);
  }

  /** A decision centres its competence line and "QUYẾT ĐỊNH:" in bold 13–14 pt capitals. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionSamples")
  void decisionCentresCompetenceAndDecidesLines(String sample) {
    SampleLayout layout = layout(sample);
    if (layout.view().competence() != null) {
      Run competence = layout.require(0, layout.view().competence());
      assertStyle(competence, 13, 14, true, false);
      assertCapitals(competence);
      assertCentred(competence, CENTRE, TOLERANCE, "on the text area");
    }
    Run decides = typeHeading(layout, 0, "QUYẾT ĐỊNH:");
    assertStyle(decides, 13, 14, true, false);
    assertCentred(decides, CENTRE, TOLERANCE, "on the text area");
  }

  /** Each căn cứ is an italic 13–14 pt paragraph ending in ';', the last one in '.'. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samplesWithLegalBases")
  void legalBasesAreItalicEachEndingInASemicolonTheLastInAFullStop(String sample) {
    SampleLayout layout = layout(sample);
    List<String> bases = layout.document().legalBases();
    List<Paragraph> italic = BodyParagraphs.of(layout, 0, layout.mainLastPage()).stream()
        .filter(Paragraph::italic).toList();
    assertThat(italic).as("italic paragraphs").hasSameSizeAs(bases);
    for (int i = 0; i < bases.size(); i++) {
      Paragraph basis = italic.get(i);
      String start = squash(bases.get(i));
      assertThat(basis.text()).startsWith(start.substring(0, Math.min(20, start.length())))
          .endsWith(i == bases.size() - 1 ? "." : ";");
      basis.lines().forEach(line -> assertStyle(line, 13, 14, false, true));
    }
  }

  /** The body is upright 13–14 pt text; only the căn cứ are italic. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void bodyIsUpright13To14Point(String sample) {
    SampleLayout layout = layout(sample);
    List<Paragraph> paragraphs = BodyParagraphs.of(layout, 0, layout.pages() - 1);
    assertThat(paragraphs).isNotEmpty();
    long italic = paragraphs.stream().filter(p -> p.lines().stream().anyMatch(l -> !l.upright()))
        .count();
    assertThat(italic).as("paragraphs with italic text").isEqualTo(
        layout.document().legalBases().size());
    for (Paragraph paragraph : paragraphs) {
      for (Run line : paragraph.lines()) {
        assertThat(line.minSize()).as("%s", line).isBetween(12.99f, 14.01f);
        assertThat(line.size()).as("%s", line).isBetween(12.99f, 14.01f);
      }
    }
  }

  /** Body lines are single to 1.5 spaced, and paragraphs at least 6 pt apart. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void bodyIsSingleTo1Point5SpacedWithSixPointParagraphSpacing(String sample) {
    SampleLayout layout = layout(sample);
    List<Paragraph> paragraphs = BodyParagraphs.of(layout, 0, layout.pages() - 1);
    float lineStep = 0;
    for (Paragraph paragraph : paragraphs) {
      for (int i = 1; i < paragraph.lines().size(); i++) {
        Run previous = paragraph.lines().get(i - 1);
        Run line = paragraph.lines().get(i);
        if (line.page() == previous.page()) {
          float step = line.baseline() - previous.baseline();
          lineStep = Math.max(lineStep, step);
          assertThat(step / line.size()).as("line spacing before %s", line).isBetween(1f, 1.5f);
        }
      }
    }
    assertThat(lineStep).as("multi-line paragraphs in %s", sample).isPositive();
    for (int i = 1; i < paragraphs.size(); i++) {
      Run end = paragraphs.get(i - 1).last();
      Run start = paragraphs.get(i).first();
      if (start.page() == end.page()) {
        assertThat(start.baseline() - end.baseline() - lineStep)
            .as("paragraph spacing between %s and %s, pt", end, start)
            .isGreaterThanOrEqualTo(6f - 0.5f);
      }
    }
  }

  /** Every line of a justified paragraph but its last ends within 1 mm of the right margin. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void justifiedLinesReachTheRightMargin(String sample) {
    SampleLayout layout = layout(sample);
    List<String> ragged = new ArrayList<>();
    for (Paragraph paragraph : BodyParagraphs.of(layout, 0, layout.pages() - 1)) {
      for (Run line : paragraph.lines().subList(0, paragraph.lines().size() - 1)) {
        if (Math.abs(line.right() - RIGHT) > TOLERANCE) {
          ragged.add(String.format("ends %.2f mm before the margin: %s", (RIGHT - line.right()) / MM,
              line));
        }
      }
    }
    assertThat(ragged).as("justified lines that do not reach 195 mm").isEmpty();
  }

  /** Justification stretches word spaces only: inside a word each glyph follows the last's advance. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void justificationNeverStretchesLetterSpacing(String sample) {
    SampleLayout layout = layout(sample);
    int checked = 0;
    List<String> stretched = new ArrayList<>();
    for (Paragraph paragraph : BodyParagraphs.of(layout, 0, layout.pages() - 1)) {
      for (Run line : paragraph.lines().subList(0, paragraph.lines().size() - 1)) {
        if (squash(line.text()).split(" ").length < 8) {
          continue;
        }
        checked++;
        List<Glyph> ink = line.ink();
        for (int i = 1; i < ink.size(); i++) {
          Glyph previous = ink.get(i - 1);
          Glyph glyph = ink.get(i);
          float gap = glyph.x() - previous.right();
          if (!previous.isSpace() && !glyph.isSpace() && Math.abs(gap) > 0.05f) {
            stretched.add(String.format("%.2f pt between '%s' and '%s' in %s", gap,
                previous.text(), glyph.text(), line));
          }
        }
      }
    }
    assertThat(checked).as("long justified lines measured").isGreaterThanOrEqualTo(3);
    assertThat(stretched).as("letter spacing inside words").isEmpty();
  }

  /** The body ends with "./." once, at its very end: in the main document and in each attached one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void closingMarkEndsTheBodyOnlyAtItsEnd(String sample) {
    SampleLayout layout = layout(sample);
    // Phụ lục pages (tables, lists) come last and carry no closing mark of their own.
    int firstAppendix = 0;
    while (firstAppendix < layout.pages() && !layout.startsAppendix(firstAppendix)) {
      firstAppendix++;
    }
    int end = firstAppendix;
    List<Integer> starts = new ArrayList<>(layout.seriesStarts().stream()
        .filter(p -> p < end).toList());
    starts.add(end);
    for (int s = 0; s + 1 < starts.size(); s++) {
      List<Paragraph> paragraphs = BodyParagraphs.of(layout, starts.get(s), starts.get(s + 1) - 1);
      List<String> marked = paragraphs.stream().map(Paragraph::text).filter(t -> t.contains("./."))
          .toList();
      assertThat(marked).as("paragraphs with ./. in the document starting on page %d",
          starts.get(s) + 1).hasSize(1);
      assertThat(paragraphs.getLast().text()).endsWith("./.");
    }
  }

  /** "Điều N." labels are bold and numbered 1, 2, 3 … through the decision. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionSamples")
  void articleLabelsAreBoldAndNumberedInOrder(String sample) {
    SampleLayout layout = layout(sample);
    int expected = 1;
    for (Paragraph paragraph : BodyParagraphs.of(layout, 0, layout.mainLastPage())) {
      Matcher article = Pattern.compile("^Điều (\\d+)\\.").matcher(paragraph.text());
      if (article.find()) {
        assertThat(Integer.parseInt(article.group(1))).as(paragraph.text()).isEqualTo(expected++);
        Run label = paragraph.first().find(article.group()).orElseThrow();
        assertThat(label.bold()).as("bold %s", label).isTrue();
      }
    }
    assertThat(expected).as("articles found").isGreaterThan(1);
  }

  /** Điểm letters run a) b) c) d) đ) e) g) … and restart in each khoản (the draft decision). */
  @Test
  void pointLettersFollowTheVietnameseAlphabet() {
    assumeSample(DRAFT_SAMPLE);
    SampleLayout layout = layout(DRAFT_SAMPLE);
    List<List<String>> sequences = new ArrayList<>();
    Pattern point = Pattern.compile("^([a-zđ])\\) ");
    for (Paragraph paragraph : BodyParagraphs.of(layout, 0, layout.mainLastPage())) {
      Matcher letter = point.matcher(paragraph.text());
      if (letter.find()) {
        if (letter.group(1).equals("a")) {
          sequences.add(new ArrayList<>());
        }
        assertThat(sequences).as("a sequence starts with a)").isNotEmpty();
        sequences.getLast().add(letter.group(1));
      }
    }
    assertThat(sequences).isNotEmpty();
    for (List<String> sequence : sequences) {
      assertThat(sequence).isEqualTo(POINT_LETTERS.subList(0, sequence.size()));
    }
    assertThat(sequences).as("a khoản with an đ)").anyMatch(s -> s.contains("đ"));
  }

  /** "Nơi nhận:" is bold italic 12 pt at the left margin, its top level with the signature's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void recipientsLabelIsLevelWithTheSignature(String sample) {
    SampleLayout layout = layout(sample);
    Run label = layout.require(layout.mainLastPage(), "Nơi nhận:");
    assertStyle(label, 12, 12, true, true);
    assertThat(Math.abs(label.left() - LEFT)).as("%s at the margin", label)
        .isLessThanOrEqualTo(TOLERANCE);
    Run firstSignatureLine = signatureLines(layout, label).getFirst();
    assertThat(Math.abs(label.top() - firstSignatureLine.top()))
        .as("top of %s vs %s", label, firstSignatureLine).isLessThanOrEqualTo(3 * MM);
  }

  /** Recipients are 11 pt upright lines from '-', ending ';' but the last, "- Lưu: …", with '.'. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void recipientsAreElevenPointWithTheFilingLineLast(String sample) {
    SampleLayout layout = layout(sample);
    Run label = layout.require(layout.mainLastPage(), "Nơi nhận:");
    List<Run> lines = layout.segmentsIn(label.page(), label.baseline() + 1,
        Float.MAX_VALUE, LEFT, CENTRE).stream().filter(l -> l.right() < CENTRE).toList();
    List<String> items = new ArrayList<>();
    for (Run line : lines) {
      assertStyle(line, 11, 11, false, false);
      String text = squash(line.text());
      if (text.startsWith("- ") || items.isEmpty()) {
        items.add(text);
      } else {
        items.set(items.size() - 1, items.getLast() + " " + text);
      }
    }
    assertThat(items).as("recipients").hasSizeGreaterThanOrEqualTo(2);
    items.subList(0, items.size() - 1).forEach(i -> assertThat(i).startsWith("- ").endsWith(";"));
    assertThat(items.getLast()).startsWith("- Lưu:").endsWith(".");
    DocumentType type = layout.document().type();
    if (type == DocumentType.QUYET_DINH) {
      assertThat(items.getFirst()).startsWith("- Như Điều ");
    } else if (type == DocumentType.CONG_VAN || type == DocumentType.TO_TRINH
        || type == DocumentType.BAO_CAO) {
      assertThat(items.getFirst()).isEqualTo("- Như trên;");
    }
  }

  /** The signature block is bold 13–14 pt, each line centred in the right half of the text area. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void signatureIsBoldAndCentredInTheRightHalf(String sample) {
    SampleLayout layout = layout(sample);
    Run label = layout.require(layout.mainLastPage(), "Nơi nhận:");
    List<Run> lines = signatureLines(layout, label);
    DocumentView.SignatureView signature = layout.view().signature();
    String expected = Stream.of(signature.authorityLine(), signature.titleLine(), signature.name())
        .filter(s -> s != null).map(PageText::squash).collect(Collectors.joining(" "));
    assertThat(joined(lines)).isEqualTo(expected);
    for (Run line : lines) {
      assertStyle(line, 13, 14, true, false);
      assertCentred(line, RIGHT_HALF_CENTRE, TOLERANCE, "in the right half");
    }
    lines.subList(0, lines.size() - 1).forEach(Nd30GeometryTests::assertCapitals);
  }

  /** No page number on a document's first page; page N shows "N", 13–14 pt, centred in the header. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pageNumbersAreCentredInTheHeaderFromPageTwo(String sample) {
    SampleLayout layout = layout(sample);
    List<Integer> starts = layout.seriesStarts();
    assertThat(starts).startsWith(0);
    for (int page = 0; page < layout.pages(); page++) {
      int current = page;
      int start = starts.stream().filter(s -> s <= current).reduce((a, b) -> b).orElseThrow();
      List<Run> header = layout.lines().get(page).stream().filter(l -> l.baseline() < TOP).toList();
      if (page == start) {
        assertThat(header).as("header of page %d, a first page", page + 1).isEmpty();
        continue;
      }
      assertThat(header).as("header of page %d", page + 1).hasSize(1);
      Run number = header.getFirst();
      assertThat(squash(number.text())).isEqualTo(Integer.toString(page - start + 1));
      assertStyle(number, 13, 14, false, false);
      assertCentred(number, CENTRE, 2 * MM, "in the header");
      assertThat(number.bottom()).as("%s in the top margin", number).isLessThan(TOP);
    }
  }

  /** The plan issued with decision 813 starts on its own page: header, no Số, no date, KẾ HOẠCH. */
  @Test
  void attachedPlanStartsOnItsOwnPageWithoutNumberOrDate() {
    assumeSample(PLAN_SAMPLE);
    SampleLayout layout = layout(PLAN_SAMPLE);
    int page = attachmentPage(layout);
    assertThat(layout.pageText(page - 1)).contains(layout.document().signature().name());
    Run first = layout.lines().get(page).getFirst();
    assertThat(squash(first.text())).as("first line of page %d", page + 1).contains(QUOC_HIEU);
    assertThat(layout.find(page, "Nơi nhận")).isEmpty();
    assertThat(layout.find(page, "Số:")).as("Số line on the plan").isEmpty();
    assertThat(layout.find(page, layout.document().place() + ", ngày")).as("date line").isEmpty();
    Run heading = typeHeading(layout, page, "KẾ HOẠCH");
    assertStyle(heading, 13, 14, true, false);
    assertCentred(heading, CENTRE, TOLERANCE, "on the text area");
  }

  /** The plan's reference line is italic 13–14 pt, centred, naming the decision, its date, its signer. */
  @Test
  void attachedPlanReferenceLineIsItalicAndCentred() {
    assumeSample(PLAN_SAMPLE);
    SampleLayout layout = layout(PLAN_SAMPLE);
    int page = attachmentPage(layout);
    String reference = "(Ban hành kèm theo Quyết định số 813/QĐ-BHXH ngày 23 tháng 7 năm 2013"
        + " của Tổng Giám đốc Bảo hiểm xã hội Việt Nam)";
    List<Run> lines = layout.lines().get(page);
    int from = 0;
    while (from < lines.size() && !squash(lines.get(from).text()).startsWith("(Ban hành kèm")) {
      from++;
    }
    assertThat(from).as("reference line on page %d:\n%s", page + 1, layout.pageText(page))
        .isLessThan(lines.size());
    int to = from;
    while (to < lines.size() && !squash(lines.get(to).text()).endsWith(")")) {
      to++;
    }
    List<Run> referenceLines = lines.subList(from, Math.min(to + 1, lines.size()));
    assertThat(joined(referenceLines)).isEqualTo(reference);
    for (Run line : referenceLines) {
      assertStyle(line, 13, 14, false, true);
      assertCentred(line, CENTRE, TOLERANCE, "on the text area");
    }
  }

  /** The plan numbers its pages on its own: none on its first page, "2" on its second. */
  @Test
  void attachedPlanNumbersItsPagesOnItsOwn() {
    assumeSample(PLAN_SAMPLE);
    SampleLayout layout = layout(PLAN_SAMPLE);
    int page = attachmentPage(layout);
    assertThat(layout.lines().get(page).stream().filter(l -> l.baseline() < TOP)).isEmpty();
    assertThat(page + 1).as("the plan has a second page").isLessThan(layout.pages());
    List<Run> header = layout.lines().get(page + 1).stream().filter(l -> l.baseline() < TOP)
        .toList();
    assertThat(header).hasSize(1);
    assertThat(squash(header.getFirst().text())).isEqualTo("2");
  }

  /**
   * Phụ lục (spec §4): each on its own page, numbered in Roman numerals when there are two or
   * more; "Phụ lục I" 14 pt bold in normal case, the title in bold capitals 13–14 pt, the
   * reference line italic, all centred; no page number on its first page.
   */
  @Test
  void appendicesAreLabelledTitledAndReferenced() {
    assumeSample(APPENDIX_SAMPLE);
    SampleLayout layout = layout(APPENDIX_SAMPLE);
    String[][] appendices = {
      {"Phụ lục I", "NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM"},
      {"Phụ lục II", "TIẾN ĐỘ THỰC HIỆN"}
    };
    int previous = 0;
    for (String[] appendix : appendices) {
      int page = previous + 1;
      while (page < layout.pages() && layout.lines().get(page).stream()
          .noneMatch(l -> squash(l.text()).equals(appendix[0]))) {
        page++;
      }
      assertThat(page).as("a page starting with %s", appendix[0]).isLessThan(layout.pages());
      List<Run> lines = layout.lines().get(page);
      assertThat(lines.stream().filter(l -> l.baseline() < TOP)).as("page number").isEmpty();
      Run label = lines.getFirst();
      assertThat(squash(label.text())).isEqualTo(appendix[0]);
      assertStyle(label, 14, 14, true, false);
      assertCentred(label, CENTRE, TOLERANCE, "on the text area");
      Run title = lines.get(1);
      assertThat(squash(title.text())).isEqualTo(appendix[1]);
      assertStyle(title, 13, 14, true, false);
      assertCapitals(title);
      assertCentred(title, CENTRE, TOLERANCE, "on the text area");
      Run reference = lines.get(2);
      assertThat(squash(reference.text()))
          .startsWith("(Kèm theo Kế hoạch số 125/KH-BHXH ngày 14 tháng 02 năm 2025");
      assertStyle(reference, 13, 14, false, true);
      assertCentred(reference, CENTRE, TOLERANCE, "on the text area");
      previous = page;
    }
  }

  /** A công văn has no tên loại; its V/v is 12–13 pt, not bold, centred about 6 pt under the Số. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("congVanSamples")
  void congVanPutsItsSubjectUnderTheNumber(String sample) {
    SampleLayout layout = layout(sample);
    for (DocumentType type : DocumentType.values()) {
      if (type.hasHeading()) {
        assertThat(layout.lines().get(0)).as("tên loại %s", type.heading())
            .noneMatch(l -> squash(l.text()).equals(type.heading()));
      }
    }
    Run number = layout.segmentWith(0, "Số:");
    Run kinhGui = layout.require(0, "Kính gửi");
    List<Run> subject = layout.segmentsIn(0, number.baseline() + 1, kinhGui.baseline() - 1, LEFT,
        CENTRE);
    assertThat(joined(subject)).isEqualTo(squash(layout.document().subject())).startsWith("V/v ");
    for (Run line : subject) {
      assertStyle(line, 12, 13, false, false);
      assertCentred(line, number.centre(), TOLERANCE, "under the Số line");
    }
    float gap = subject.getFirst().top() - number.bottom();
    assertThat(gap).as("gap between %s and %s, pt", number, subject.getFirst()).isBetween(3f, 9f);
  }

  /** "Kính gửi:" is upright 13–14 pt, and several addressees have their dashes under its colon. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samplesWithAddressees")
  void kinhGuiLinesUpItsAddressees(String sample) {
    SampleLayout layout = layout(sample);
    Run kinhGui = layout.require(0, "Kính gửi");
    assertStyle(kinhGui, 13, 14, false, false);
    List<String> addressees = layout.view().addressees();
    if (addressees.size() == 1) {
      assertThat(layout.find(0, "Kính gửi: " + addressees.getFirst())).isPresent();
      return;
    }
    Run colon = layout.require(0, "Kính gửi:");
    Glyph colonGlyph = colon.ink().getLast();
    for (String addressee : addressees) {
      Run line = layout.require(0, addressee);
      assertThat(Math.abs(line.left() - colonGlyph.x())).as("dash of %s under the colon at %s",
          line, mm(colonGlyph.x())).isLessThanOrEqualTo(TOLERANCE);
    }
  }

  /** The secret notice shows "MẬT" and "KHẨN" in single-border boxes, the KHẨN box 20 × 8 mm. */
  @Test
  void secretNoticeShowsItsStampsInBoxes() {
    assumeSample(SECRET_SAMPLE);
    SampleLayout layout = layout(SECRET_SAMPLE);
    for (String stamp : List.of("MẬT", "KHẨN")) {
      Run text = layout.require(0, stamp);
      assertStyle(text, 13, 14, true, false);
      assertCapitals(text);
      float[] box = box(layout, text);
      if (stamp.equals("KHẨN")) {
        assertThat((box[2] - box[0]) / MM).as("KHẨN box width, mm").isBetween(19f, 21f);
        assertThat((box[3] - box[1]) / MM).as("KHẨN box height, mm").isBetween(7f, 9f);
      }
    }
  }

  private static SampleLayout layout(String sample) {
    return LAYOUTS.computeIfAbsent(sample, name -> SampleLayout.of(name, RENDERER));
  }

  private static Stream<String> samplesWhere(Predicate<OfficialDocument> filter) {
    return Samples.names().filter(n -> filter.test(new DocumentReader().read(Samples.json(n))));
  }

  private static void assumeSample(String sample) {
    Assumptions.assumeTrue(Samples.exists(sample), "sample samples/" + sample + ".json is missing");
  }

  private static Run issuer(SampleLayout layout) {
    return layout.require(0, layout.view().issuerName());
  }

  /** A line that says exactly the given text, e.g. the tên loại (and not the "QUYẾT ĐỊNH:" line). */
  private static Run typeHeading(SampleLayout layout, int page, String text) {
    return layout.segments(page).stream().filter(s -> squash(s.text()).equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no line \"" + text + "\" on page " + (page + 1)
            + ":\n" + layout.pageText(page)));
  }

  /** The first horizontal rule under the tên loại that is not in a table: the trích yếu's. */
  private static Shape subjectRule(SampleLayout layout, Run heading) {
    return layout.shapes().get(heading.page()).stream()
        .filter(Shape::isHorizontalRule)
        .filter(s -> s.top() > heading.baseline() && s.width() < RIGHT - LEFT - TOLERANCE)
        .min((a, b) -> Float.compare(a.top(), b.top()))
        .orElseThrow(() -> new AssertionError("no rule under the trích yếu of " + layout.name()));
  }

  /** The signature block's lines: right-half segments from the Nơi nhận line down. */
  private static List<Run> signatureLines(SampleLayout layout, Run label) {
    // The signature column is the right 55 % of the text area.
    float columnLeft = RIGHT - (RIGHT - LEFT) * 0.55f;
    List<Run> lines = layout.segmentsIn(label.page(), label.baseline() - 5 * MM, Float.MAX_VALUE,
        columnLeft, RIGHT).stream().filter(l -> l.left() > columnLeft - TOLERANCE).toList();
    assertThat(lines).as("signature lines beside %s", label).isNotEmpty();
    return lines;
  }

  /** The box around a stamp: {left, top, right, bottom} of the rules that enclose its text. */
  private static float[] box(SampleLayout layout, Run text) {
    List<Shape> shapes = layout.shapes().get(text.page());
    Optional<Shape> top = shapes.stream().filter(Shape::isHorizontalRule)
        .filter(s -> s.bottom() <= text.top() + 1 && s.left() < text.left() && s.right() > text.right())
        .max((a, b) -> Float.compare(a.bottom(), b.bottom()));
    Optional<Shape> bottom = shapes.stream().filter(Shape::isHorizontalRule)
        .filter(s -> s.top() >= text.baseline() && s.left() < text.left() && s.right() > text.right())
        .min((a, b) -> Float.compare(a.top(), b.top()));
    Optional<Shape> left = shapes.stream().filter(Shape::isVerticalRule)
        .filter(s -> s.right() <= text.left() && s.top() < text.baseline() && s.bottom() > text.baseline())
        .max((a, b) -> Float.compare(a.right(), b.right()));
    Optional<Shape> right = shapes.stream().filter(Shape::isVerticalRule)
        .filter(s -> s.left() >= text.right() && s.top() < text.baseline() && s.bottom() > text.baseline())
        .min((a, b) -> Float.compare(a.left(), b.left()));
    assertThat(List.of(top, bottom, left, right)).as("the four sides of the box around %s", text)
        .allMatch(Optional::isPresent);
    return new float[] {left.get().left(), top.get().top(), right.get().right(),
        bottom.get().bottom()};
  }

  private static int attachmentPage(SampleLayout layout) {
    List<Integer> starts = layout.seriesStarts();
    assertThat(starts).as("pages with a Quốc hiệu in %s", layout.name()).hasSizeGreaterThan(1);
    return starts.get(1);
  }

  private static boolean isPageNumber(Run line) {
    return line.baseline() < TOP && squash(line.text()).matches("\\d+");
  }

  private static String joined(List<Run> lines) {
    return lines.stream().map(l -> squash(l.text())).collect(Collectors.joining(" "));
  }

  /** Size range in pt, bold or not, italic or upright. */
  private static void assertStyle(Run run, float min, float max, boolean bold, boolean italic) {
    assertThat(run.minSize()).as("size of %s", run).isGreaterThanOrEqualTo(min - 0.05f);
    assertThat(run.size()).as("size of %s", run).isLessThanOrEqualTo(max + 0.05f);
    assertThat(bold ? run.bold() : run.regular()).as("%s %s", bold ? "bold" : "not bold", run)
        .isTrue();
    assertThat(italic ? run.italic() : run.upright())
        .as("%s %s", italic ? "italic" : "upright", run).isTrue();
  }

  private static void assertCapitals(Run run) {
    String text = squash(run.text());
    assertThat(text).as("capitals").isEqualTo(text.toUpperCase(VietnameseText.LOCALE));
  }

  private static void assertCentred(Run run, float centre, float tolerance, String where) {
    assertThat(Math.abs(run.centre() - centre))
        .as("%s centred %s at %s (centre %s)", run, where, mm(centre), mm(run.centre()))
        .isLessThanOrEqualTo(tolerance);
  }
}
