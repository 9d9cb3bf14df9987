package vn.vanthu.archive.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.VietnameseText;

/**
 * Finds the metadata of an official document in its text, the way a văn thư reads the first page:
 * the header block (issuer; Số and ký hiệu; place and date), the tên loại and trích yếu under it,
 * the độ mật stamp, and the name under the signature title. It reads what text extraction really
 * produces: lines broken anywhere, the two header columns interleaved, Công báo page headers and
 * digital-signature stamps, Ð (U+00D0) typed for Đ, footnote digits glued to a year. Each value
 * comes with a confidence; nothing about a particular collection of documents is built in.
 */
public final class MetadataDetector {

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String TYPE_WORDS = "(?:Luật|Bộ\\s+luật|Pháp\\s+lệnh|Lệnh|Nghị\\s+quyết"
      + "(?:\\s+liên\\s+tịch)?|Nghị\\s+định|Quyết\\s+định|Thông\\s+tư(?:\\s+liên\\s+tịch)?"
      + "|Văn\\s+bản\\s+hợp\\s+nhất|Chỉ\\s+thị|Công\\s+điện|Thông\\s+báo|Kế\\s+hoạch)";
  // "Số:" opening a line, or "Luật số:", possibly after left-column capitals in a merged line.
  private static final Pattern NUMBER_LABEL = Pattern.compile(
      "(?U)^(?:[\\p{Lu}\\s,.&-]{2,80}\\s)?(?:(" + TYPE_WORDS + ")\\s+số|Số|SỐ)\\s*(:)?\\s*(.*)$");
  private static final Pattern NUMBER_VALUE = Pattern.compile(
      "(?U)^(\\d{1,7}(?:\\.\\d{1,3})?[a-zA-Z]?)\\s*/\\s*([\\p{L}\\p{N}/&.\\-]+)(?:\\s+(\\S+))?");
  private static final Pattern SYMBOL = Pattern.compile("(?U)[\\p{L}\\p{N}/&.\\-]{1,40}");

  // The lines that end the header and open the body of a document.
  private static final Pattern BODY_START = Pattern.compile(
      "(?U)^(?:Căn\\s+cứ|Theo\\s+đề\\s+nghị|Xét\\s+đề\\s+nghị|Xét\\s+[Tt]ờ\\s+trình|Kính\\s+gửi"
          + "|Điều\\s+1\\s*[.:]|Chương\\s+(?:I|1)\\b|Phần\\s+(?:thứ\\s+nhất|I|1)\\b"
          + "|QUYẾT\\s+ĐỊNH\\s*:|QUYẾT\\s+NGHỊ\\s*:|Thực\\s+hiện\\s)");

  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?U)ngày\\s*(\\d{1,2})\\s*(?:tháng|/|-|\\.)\\s*(\\d{1,2})\\s*(?:năm|/|-|\\.)\\s*"
          + "(\\d{4})(\\d{0,3})(?!\\d)", I);
  private static final Pattern PASSED_ON = Pattern.compile(
      "(?U)thông\\s+qua\\s+ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*"
          + "(\\d{4})(\\d{0,3})(?!\\d)", I);
  private static final Pattern NOT_A_PLACE = Pattern.compile(
      "(?U)^(?:Căn\\s+cứ|Luật|Bộ\\s+luật|Nghị|Quyết|Thông|Chỉ|Số|Theo|Xét|Kèm|Ban\\s+hành"
          + "|Văn\\s+bản"
          + "|Hiến|Pháp|Công\\s+văn|Tờ\\s+trình|Báo\\s+cáo|Kế\\s+hoạch|Kính)\\b", I);

  private static final Pattern QUOC_HIEU = Pattern.compile(
      "(?U)CỘNG\\s+H(?:ÒA|OÀ|ÓA|OÁ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM", I);
  private static final Pattern TIEU_NGU = Pattern.compile(
      "(?U)Độc\\s+lập\\s*[-–—]\\s*Tự\\s+do\\s*[-–—]\\s*Hạnh\\s+phúc", I);
  // Công báo prints its section ("VĂN BẢN QUY PHẠM PHÁP LUẬT") or a consolidation's label above
  // a text; a consolidation ends on "XÁC THỰC VĂN BẢN HỢP NHẤT".
  private static final Pattern GAZETTE_LABEL = Pattern.compile(
      "(?U)VĂN\\s+BẢN\\s+QUY\\s+PHẠM\\s+PHÁP\\s+LUẬT|XÁC\\s+THỰC\\s+VĂN\\s+BẢN\\s+HỢP\\s+NHẤT"
          + "|VĂN\\s+BẢN\\s+HỢP\\s+NHẤT\\s*[-–]?");
  private static final Pattern RULES = Pattern.compile("(?U)[-_=*~.…·]{3,}");
  // Words that open the name of a body: a header line starting with one names a new body.
  private static final Pattern BODY_HEAD = Pattern.compile(
      "(?U)^(?:BỘ|CỤC|TỔNG\\s+CỤC|CHI\\s+CỤC|SỞ|(?:ỦY|UỶ)\\s+BAN|UBND|HỘI\\s+ĐỒNG|HĐND"
          + "|VĂN\\s+PHÒNG|BAN|PHÒNG|TRUNG\\s+TÂM|VIỆN|TRƯỜNG|ĐẠI\\s+HỌC|HỌC\\s+VIỆN|BẢO\\s+HIỂM"
          + "|KHO\\s+BẠC|NGÂN\\s+HÀNG|TÒA\\s+ÁN|TOÀ\\s+ÁN|KIỂM\\s+TOÁN|CÔNG\\s+AN|BỘ\\s+CHỈ\\s+HUY"
          + "|QUỐC\\s+HỘI|CHÍNH\\s+PHỦ|THỦ\\s+TƯỚNG|CHỦ\\s+TỊCH\\s+NƯỚC|ĐẢNG|TỈNH\\s+[ỦU]Y"
          + "|THÀNH\\s+[ỦU]Y|HUYỆN\\s+[ỦU]Y|ĐOÀN|CÔNG\\s+TY|TẬP\\s+ĐOÀN|TỔNG\\s+CÔNG\\s+TY"
          + "|THANH\\s+TRA|ĐÀI|BỆNH\\s+VIỆN|QUỸ|THUẾ\\s+(?:TỈNH|THÀNH\\s+PHỐ|CƠ\\s+SỞ)"
          + "|HẢI\\s+QUAN\\s+KHU\\s+VỰC)\\b");
  // A header line ending so ("CHỦ TỊCH ỦY" / "BAN NHÂN DÂN") goes on in the next, whatever that
  // opens with.
  private static final Pattern NAME_CONTINUES =
      Pattern.compile("(?U)(?:^|\\s)(?:ỦY|UỶ|VÀ|CỦA|[-–])$");
  // A name begun but not finished: one word, or a head that needs its owner ("VĂN PHÒNG" /
  // "CHÍNH PHỦ").
  private static final Pattern INCOMPLETE_NAME = Pattern.compile(
      "(?U)\\S+|VĂN\\s+PHÒNG|(?:ỦY|UỶ)\\s+BAN|HỘI\\s+ĐỒNG|TRUNG\\s+TÂM|TỔNG\\s+CỤC|CHI\\s+CỤC");
  // A trích yếu in capitals is followed by the competence line, e.g. "TỔNG GIÁM ĐỐC BẢO HIỂM …".
  private static final Pattern COMPETENCE = Pattern.compile(
      "(?U)^(?:TỔNG\\s+GIÁM\\s+ĐỐC|(?:PHÓ\\s+)?GIÁM\\s+ĐỐC|BỘ\\s+TRƯỞNG|CHỦ\\s+TỊCH"
          + "|(?:ỦY|UỶ)\\s+BAN"
          + "|HỘI\\s+ĐỒNG|THỦ\\s+TƯỚNG|CHÍNH\\s+PHỦ|QUỐC\\s+HỘI|(?:TỔNG\\s+)?CỤC\\s+TRƯỞNG"
          + "|TRƯỞNG\\s+BAN|CHÁNH|VIỆN\\s+TRƯỞNG|HIỆU\\s+TRƯỞNG|THỐNG\\s+ĐỐC|BAN\\s+THƯỜNG\\s+VỤ"
          + "|BAN\\s+CHẤP\\s+HÀNH|KH(?:ÓA|OÁ)\\b|ĐOÀN\\s+CHỦ\\s+TỊCH|CHỦ\\s+NHIỆM"
          + "|TỔNG\\s+KIỂM\\s+TOÁN"
          + "|BÍ\\s+THƯ|TRƯỞNG\\b)");
  private static final Pattern POSITION_FIRST = Pattern.compile(
      "(?U)^(?:TỔNG\\s+GIÁM\\s+ĐỐC|(?:PHÓ\\s+)?GIÁM\\s+ĐỐC|BỘ\\s+TRƯỞNG|(?:PHÓ\\s+)?CHỦ\\s+TỊCH"
          + "|THỦ\\s+TƯỚNG|(?:TỔNG\\s+)?CỤC\\s+TRƯỞNG|TRƯỞNG\\s+BAN|CHÁNH\\s+VĂN\\s+PHÒNG"
          + "|VIỆN\\s+TRƯỞNG|HIỆU\\s+TRƯỞNG|THỐNG\\s+ĐỐC|CHỦ\\s+NHIỆM|TỔNG\\s+KIỂM\\s+TOÁN"
          + "|KH(?:ÓA|OÁ)\\s+[IVXLC\\d]+)\\b");
  private static final Pattern OPEN_ENDING =
      Pattern.compile(
          "(?U)(?:\\s(?:CỦA|VÀ|VỀ|VỚI|TẠI|CHO|ĐỐI|TRONG|THUỘC|TỪ|ĐẾN|CÁC|NHỮNG|LÀ)|[,\\-–])$");
  // The signature title (ô 7a): an authority prefix or a position.
  private static final Pattern SIGNING_TITLE = Pattern.compile(
      "(?U)(?:^|\\s)(?:TM|KT|TL|TUQ|Q)\\.|TRƯỞNG|CHỦ\\s+TỊCH|GIÁM\\s+ĐỐC|THỦ\\s+TƯỚNG|CHỦ\\s+NHIỆM"
          + "|BÍ\\s+THƯ|CHÁNH|(?:ỦY|UỶ)\\s+VIÊN|THỐNG\\s+ĐỐC|THƯ\\s+KÝ|TỔNG\\s+KIỂM\\s+TOÁN"
          + "|CHỈ\\s+HUY"
          + "|TƯ\\s+LỆNH|CHÍNH\\s+[ỦU]Y");
  private static final Pattern RECIPIENT = Pattern.compile("(?U)^(?:[-+•]\\s|Nơi\\s+nhận\\s*:)");
  private static final Pattern SIGNATURE_FILLER = Pattern.compile(
      "(?U)^(?:\\(?\\s*(?:Đã\\s+ký|đã\\s+ký|Ký|ký|Ký\\s+tên.*|Chữ\\s+ký.*|ký,.*)\\s*\\)?"
          + "|[\\[\\](){}|]+"
          + "|(?:Ký bởi|Người ký|Email|Cơ quan|Thời gian ký|Ngày ký)\\s*:.*)$");
  private static final Pattern HONORIFIC = Pattern.compile(
      "(?U)^(?:(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)|GS|PGS|TS|ThS|Ths|BS|KS|CN"
          + "|NGND|NGƯT"
          + "|PGS\\.\\s*TS|GS\\.\\s*TS|Ông|Bà)\\.?\\s+");
  private static final Pattern SIGNED_MARK = Pattern.compile("(?U)\\(?\\s*[Đđ]ã\\s+ký\\s*\\)?");
  private static final Pattern NAME_WORD = Pattern.compile("(?U)\\p{Lu}\\p{Ll}*");
  private static final String SECRECY_WORDS = "TUYỆT\\s+MẬT|TỐI\\s+MẬT|MẬT";
  // A line of stamps only: độ mật (ô 10a) and độ khẩn (ô 10b), in boxes or brackets or not.
  // (Blanks only after each stamp, so that a long line that fails cannot backtrack exponentially.)
  private static final Pattern STAMPS = Pattern.compile("(?U)^\\s*(?:[\\[(|]?(?:" + SECRECY_WORDS
      + "|HỎA\\s+TỐC|HOẢ\\s+TỐC|THƯỢNG\\s+KHẨN|KHẨN)[\\])|]?\\.?\\s*)+$");
  private static final Pattern SECRECY =
      Pattern.compile("(?U)(?<!\\p{L})(" + SECRECY_WORDS + ")(?!\\p{L})");
  private static final Pattern LEADING_STAMP =
      Pattern.compile("(?U)^[\\[(]?\\s*(" + SECRECY_WORDS + ")[\\])]?\\s+(?=\\p{Lu}\\p{Ll})");
  private static final Pattern CLASSIFICATION_FIELD =
      Pattern.compile("(?U)^Độ\\s+mật\\s*:\\s*(tuyệt\\s+mật|tối\\s+mật|mật)\\b", I);
  private static final Pattern ATTACHMENT_REFERENCE = Pattern.compile(
      "(?U)\\((?:Ban\\s+hành\\s+)?kèm\\s+theo\\s+(" + TYPE_WORDS + "|Công\\s+văn)\\s+số\\s*:?\\s*"
          + "(\\d{1,7}(?:\\.\\d{1,3})?\\s*/\\s*[\\p{L}\\p{N}&\\-]+(?:/[\\p{L}\\p{N}&\\-]+)*)"
          + "(?:\\s+ngày\\s*(\\d{1,2})\\s*(?:tháng|/)\\s*(\\d{1,2})\\s*(?:năm|/)\\s*"
          + "(\\d{4})(?!\\d))?", I);
  // The preamble of a consolidation: "Thông tư số 34/2019/TT-… ngày …, được sửa đổi, bổ sung bởi:".
  private static final Pattern CONSOLIDATION_PREAMBLE =
      Pattern.compile("(?U)\\bsố\\s+\\S+.*được\\s+sửa\\s+đổi,\\s+bổ\\s+sung\\s+bởi\\s*:?\\s*$");
  private static final Pattern VV = Pattern.compile("(?U)^(?:V/v|V/V|v/v)\\s*[:.]?\\s*(.*)$");

  private static final Map<String, DocumentKind> HEADINGS = new HashMap<>();
  private static final List<String> HEADINGS_LONGEST_FIRST;

  static {
    for (DocumentKind kind : DocumentKind.all()) {
      HEADINGS.put(kind.heading(), kind);
    }
    HEADINGS.put("QUYẾT ĐỊNH", DocumentKind.of(DocumentType.QUYET_DINH));
    HEADINGS.put("THÔNG BÁO KẾT LUẬN", DocumentKind.of(DocumentType.THONG_BAO));
    List<String> headings = new ArrayList<>(HEADINGS.keySet());
    headings.sort((a, b) -> b.length() - a.length());
    HEADINGS_LONGEST_FIRST = List.copyOf(headings);
  }

  private final TextCleaner cleaner = new TextCleaner();
  private final Clock clock;

  /** A detector that accepts dates up to next year by the system clock. */
  public MetadataDetector() {
    this(Clock.systemDefaultZone());
  }

  /** A detector whose latest acceptable date is the end of next year by {@code clock}. */
  public MetadataDetector(Clock clock) {
    this.clock = clock;
  }

  /** Cleans {@code text} (raw or already cleaned) and detects its metadata. */
  public DetectedMetadata detect(String text) {
    return detect(cleaner.clean(text));
  }

  /** Detects the metadata of text already cleaned by {@link TextCleaner}. */
  public DetectedMetadata detect(CleanedText cleaned) {
    return new Reading(cleaned.text(), LocalDate.now(clock).getYear() + 1).metadata();
  }

  /** One document being read; its fields depend on one another (the title follows the type). */
  private static final class Reading {

    private final List<String> lines = new ArrayList<>();
    private final int maxYear;
    // The first line of the body (Căn cứ, Kính gửi, Điều 1…), or a bound on the header if none.
    private final int headerEnd;
    private final boolean bodyMarked;

    Reading(String text, int maxYear) {
      for (String line : text.split("\n", -1)) {
        lines.add(line.strip());
      }
      this.maxYear = maxYear;
      int end = Math.min(lines.size(), 60);
      boolean marked = false;
      for (int i = 0; i < end; i++) {
        if (BODY_START.matcher(lines.get(i)).lookingAt()) {
          end = i;
          marked = true;
          break;
        }
      }
      this.headerEnd = end;
      this.bodyMarked = marked;
    }

    DetectedMetadata metadata() {
      int numberLine = findNumberLine(0, headerEnd, false);
      Detected<String> number = Detected.absent();
      if (numberLine >= 0) {
        number = parseNumber(numberLine, 0.95);
      }
      int lateNumberLine = -1;
      if (!number.isPresent()) {
        // A consolidation carries its own number at its end, under "XÁC THỰC VĂN BẢN HỢP NHẤT".
        lateNumberLine = findNumberLine(headerEnd, lines.size(), true);
        if (lateNumberLine >= 0) {
          number = parseNumber(lateNumberLine, 0.85);
        }
      }
      Heading heading = findHeading(numberLine >= 0 && numberLine < headerEnd ? numberLine + 1 : 0);
      int headingLine = heading == null ? -1 : heading.line();
      Detected<DocumentKind> type = detectType(heading, number, numberLine);
      DateFound date = detectDate();
      Detected<String> issuer = detectIssuer(0, headerLimit(numberLine, headingLine));
      if (!issuer.isPresent() && lateNumberLine >= 0) {
        // A consolidation names its body again in the "XÁC THỰC" block above its number.
        issuer = detectIssuer(Math.max(0, lateNumberLine - 6), lateNumberLine);
      }
      TitleFound title = detectTitle(heading, numberLine, issuer.value());
      int afterHeader = Math.max(Math.max(numberLine, headingLine), title.end()) + 1;
      Detected<String> signer = detectSigner(afterHeader);
      boolean sawHeader = numberLine >= 0 || headingLine >= 0;
      if (!number.isPresent()) {
        // A text whose header is lost may still name itself in its appendix's reference line:
        // "(Kèm theo Công văn số 17809/BTC-CTK ngày 17 tháng 11 năm 2025 của Bộ Tài chính)".
        Matcher reference = attachmentReference();
        if (reference != null) {
          number = Detected.of(DetectedMetadata.normalizeNumber(reference.group(2)), 0.7);
          if (!type.isPresent() || type.confidence() < 0.7) {
            type = DocumentKind.fromName(reference.group(1))
                .map(k -> Detected.of(k, 0.7)).orElse(type);
          }
          if (!date.date().isPresent() && reference.group(3) != null) {
            LocalDate day = dateOf(reference.group(3), reference.group(4), reference.group(5));
            if (day != null) {
              date = new DateFound(Detected.of(day, 0.7), date.place());
            }
          }
        }
      }
      return new DetectedMetadata(number, type, date.date(), date.place(), issuer, title.title(),
          signer, detectClassification(sawHeader));
    }

    private @Nullable Matcher attachmentReference() {
      for (String line : lines) {
        Matcher m = ATTACHMENT_REFERENCE.matcher(line);
        if (m.find()) {
          return m;
        }
      }
      return null;
    }

    // ---- Số và ký hiệu

    private int findNumberLine(int from, int to, boolean consolidationOnly) {
      for (int i = from; i < to; i++) {
        Matcher m = NUMBER_LABEL.matcher(lines.get(i));
        if (!m.matches()) {
          continue;
        }
        boolean labelled = m.group(2) != null;
        if (m.group(1) != null && !labelled) {
          continue; // "Thông tư số 34/2019/…" in a sentence; a label has a colon: "Luật số: 41/…"
        }
        Matcher value = NUMBER_VALUE.matcher(m.group(3));
        if (!value.lookingAt() && !(labelled && m.group(3).isEmpty())) {
          continue;
        }
        if (consolidationOnly && !(labelled && (lines.get(i).contains("VBHN")
            || nearConsolidationLabel(i)))) {
          continue;
        }
        return i;
      }
      return -1;
    }

    private boolean nearConsolidationLabel(int line) {
      for (int i = Math.max(0, line - 6); i < line; i++) {
        if (lines.get(i).contains("XÁC THỰC VĂN BẢN HỢP NHẤT")) {
          return true;
        }
      }
      return false;
    }

    private Detected<String> parseNumber(int line, double confidence) {
      Matcher label = NUMBER_LABEL.matcher(lines.get(line));
      if (!label.matches()) {
        return Detected.absent();
      }
      String rest = label.group(3);
      if (rest.isEmpty() && line + 1 < lines.size()) {
        rest = lines.get(line + 1); // "Số:" alone, the number on the next line
      }
      Matcher value = NUMBER_VALUE.matcher(rest);
      if (!value.lookingAt()) {
        return Detected.absent();
      }
      String symbol = value.group(2);
      // A ký hiệu broken after a hyphen ("TT-" / "BLĐTBXH") continues in the next token.
      String after = value.group(3);
      if (symbol.endsWith("-") && after != null && SYMBOL.matcher(after).matches()) {
        symbol += after;
      }
      symbol = symbol.replaceAll("[.\\-/]+$", "");
      if (symbol.chars().noneMatch(Character::isLetter)) {
        return Detected.absent();
      }
      boolean bare = label.group(2) == null && label.group(1) == null; // "Số 12/…", no colon
      double sure = bare ? confidence - 0.05 : confidence;
      return Detected.of(DetectedMetadata.normalizeNumber(value.group(1) + "/" + symbol), sure);
    }

    // ---- Tên loại

    /** The tên loại line: where, how many lines, the kind, and a title glued onto it if any. */
    private record Heading(int line, int length, DocumentKind kind, String rest) {}

    private @Nullable Heading findHeading(int from) {
      int to = Math.min(lines.size(), Math.max(headerEnd, from + 1) + 1);
      for (int i = from; i < to; i++) {
        String line = lines.get(i).replaceAll("\\s+", " ");
        DocumentKind kind = HEADINGS.get(line);
        if (kind != null) {
          return new Heading(i, 1, kind, "");
        }
        // "QUYẾT" / "ĐỊNH" broken in two lines.
        if (i + 1 < to && TextCleaner.isCapitals(line)) {
          kind = HEADINGS.get(line + " " + lines.get(i + 1).strip());
          if (kind != null) {
            return new Heading(i, 2, kind, "");
          }
        }
        // A conversion that lost the line break: "NGHỊ ĐỊNHQuy định về …", "LUẬTCÁN BỘ, CÔNG CHỨC".
        for (String heading : HEADINGS_LONGEST_FIRST) {
          if (line.length() > heading.length() && line.startsWith(heading)
              && Character.isLetter(line.charAt(heading.length()))) {
            return new Heading(i, 1, HEADINGS.get(heading), line.substring(heading.length()));
          }
        }
      }
      return null;
    }

    private Detected<DocumentKind> detectType(@Nullable Heading heading, Detected<String> number,
        int numberLine) {
      Optional<DocumentKind> fromNumber =
          number.asOptional().flatMap(MetadataDetector::kindOfNumber);
      // "Luật số: 80/2025/QH15", "Nghị quyết số: 78/2025/UBTVQH15": the label names the kind.
      Optional<DocumentKind> fromLabel = Optional.empty();
      if (numberLine >= 0) {
        Matcher label = NUMBER_LABEL.matcher(lines.get(numberLine));
        if (label.matches() && label.group(1) != null) {
          fromLabel = DocumentKind.fromName(label.group(1));
        }
      }
      boolean consolidation = number.asOptional().map(n -> n.contains("VBHN")).orElse(false)
          || lines.stream().limit(12).anyMatch(l -> l.startsWith("VĂN BẢN HỢP NHẤT"))
          || lines.stream().anyMatch(l -> l.contains("XÁC THỰC VĂN BẢN HỢP NHẤT"))
          || (numberLine < 0 && lines.subList(0, headerEnd).stream()
              .anyMatch(l -> CONSOLIDATION_PREAMBLE.matcher(l).find()));
      if (consolidation) {
        // A consolidation repeats the heading of the text it consolidates (e.g. THÔNG TƯ).
        return Detected.of(DocumentKind.VAN_BAN_HOP_NHAT, 0.9);
      }
      if (heading != null) {
        DocumentKind kind = heading.kind();
        Optional<DocumentKind> other = fromLabel.or(() -> fromNumber);
        double sure = other.isEmpty() ? 0.93 : other.get().equals(kind) ? 0.98 : 0.8;
        return Detected.of(kind, heading.rest().isEmpty() ? sure : sure - 0.05);
      }
      if (fromLabel.isPresent()) {
        return Detected.of(fromLabel.get(), 0.9);
      }
      if (congVanMarks(numberLine)) {
        return Detected.of(DocumentKind.of(DocumentType.CONG_VAN), 0.85);
      }
      if (fromNumber.isPresent()) {
        return Detected.of(fromNumber.get(), 0.6);
      }
      if (number.isPresent()) {
        // ND30: a numbered document without a tên loại line is a công văn.
        return Detected.of(DocumentKind.of(DocumentType.CONG_VAN), 0.5);
      }
      return Detected.absent();
    }

    private boolean congVanMarks(int numberLine) {
      int from = Math.max(0, numberLine);
      for (int i = from; i < Math.min(lines.size(), headerEnd + 3); i++) {
        String line = lines.get(i);
        if (VV.matcher(line).matches() || line.startsWith("Kính gửi")) {
          return true;
        }
      }
      return false;
    }

    // ---- Date and place

    private record DateFound(Detected<LocalDate> date, Detected<String> place) {}

    private DateFound detectDate() {
      DateFound header = findDate(0, Math.min(lines.size(), headerEnd + 2), true, 0.95);
      if (header != null) {
        return header;
      }
      // No date in the header (a consolidation): a place-and-date line elsewhere, e.g. at its end.
      DateFound elsewhere = findDate(headerEnd, lines.size(), false, 0.75);
      if (elsewhere != null) {
        return elsewhere;
      }
      // A law or a National Assembly resolution is dated by its adoption.
      for (String line : lines) {
        Matcher m = PASSED_ON.matcher(line);
        if (m.find()) {
          LocalDate date = date(m);
          if (date != null) {
            return new DateFound(Detected.of(date, 0.6), Detected.absent());
          }
        }
      }
      return new DateFound(Detected.absent(), Detected.absent());
    }

    private @Nullable DateFound findDate(int from, int to, boolean inHeader, double confidence) {
      for (int i = from; i < to; i++) {
        String line = lines.get(i);
        Matcher m = DATE_WORDS.matcher(line);
        while (m.find()) {
          String place = place(line.substring(0, m.start()), i);
          boolean lineStart = line.substring(0, m.start()).isBlank();
          if (place == null && !(inHeader && lineStart)) {
            continue;
          }
          LocalDate date = date(m);
          if (date == null) {
            continue; // an impossible date (31/02) is not a date
          }
          double sure = m.group(4).isEmpty() ? confidence : confidence - 0.1;
          if (place == null) {
            sure -= 0.15;
          }
          return new DateFound(Detected.of(date, sure),
              place == null ? Detected.absent() : Detected.of(place, confidence - 0.05));
        }
      }
      return null;
    }

    private @Nullable LocalDate date(Matcher m) {
      return dateOf(m.group(1), m.group(2), m.group(3));
    }

    private @Nullable LocalDate dateOf(String day, String month, String year) {
      try {
        int y = Integer.parseInt(year);
        if (y < 1945 || y > maxYear) {
          return null;
        }
        return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
      } catch (DateTimeException | NumberFormatException e) {
        return null; // 31/02 and the like: not a date
      }
    }

    /** The địa danh before "ngày" on the date line: "Hà Nội" in "Số: 1/QĐ-X Hà Nội, ngày …". */
    private @Nullable String place(String before, int line) {
      String text = before.strip();
      if (text.isEmpty() && line > 0 && lines.get(line - 1).endsWith(",")) {
        text = lines.get(line - 1); // the place alone on the line above
      }
      text = text.replaceAll("[,\\s]+$", "");
      // In a merged header line the place follows the number: keep what comes after it.
      int cut = -1;
      String[] words = text.split("\\s+");
      for (int w = 0; w < words.length; w++) {
        if (words[w].matches(".*[\\d/:].*")) {
          cut = w;
        }
      }
      StringBuilder place = new StringBuilder();
      for (int w = cut + 1; w < words.length; w++) {
        place.append(place.isEmpty() ? "" : " ").append(words[w]);
      }
      String candidate = place.toString();
      String[] parts = candidate.split(" ");
      if (candidate.isEmpty() || parts.length > 6 || NOT_A_PLACE.matcher(candidate).lookingAt()) {
        return null;
      }
      for (int w = 0; w < parts.length; w++) {
        String word = parts[w];
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        boolean connector = w > 0 && word.matches("phố|xã|trấn|thị");
        if (!(capital || connector) || !word.matches("[\\p{L}.-]+")) {
          return null;
        }
      }
      return candidate;
    }

    // ---- Issuer

    private int headerLimit(int numberLine, int headingLine) {
      int end = Math.min(lines.size(), 15);
      for (int limit : new int[] {numberLine, headingLine, headerEnd}) {
        if (limit >= 0) {
          end = Math.min(end, limit);
        }
      }
      return end;
    }

    /** The issuing body in header lines {@code from}..{@code to}: the last body, not its parent. */
    private Detected<String> detectIssuer(int from, int to) {
      String block = String.join("\n", lines.subList(from, Math.max(from, to)));
      block = QUOC_HIEU.matcher(block).replaceAll("\n");
      block = TIEU_NGU.matcher(block).replaceAll("\n");
      block = GAZETTE_LABEL.matcher(block).replaceAll("\n");
      block = RULES.matcher(block).replaceAll("\n");
      List<List<String>> bodies = new ArrayList<>();
      for (String raw : block.split("\n")) {
        String line = raw.strip();
        if (!TextCleaner.isCapitals(line) || DATE_WORDS.matcher(line).find()) {
          continue;
        }
        List<String> current = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
        boolean continues = current != null
            && (NAME_CONTINUES.matcher(current.get(current.size() - 1)).find()
                || INCOMPLETE_NAME.matcher(String.join(" ", current)).matches());
        if (current == null || (BODY_HEAD.matcher(line).lookingAt() && !continues)) {
          bodies.add(new ArrayList<>());
        }
        bodies.get(bodies.size() - 1).add(line);
      }
      if (bodies.isEmpty()) {
        return Detected.absent();
      }
      String issuer = String.join(" ", bodies.get(bodies.size() - 1)).replaceAll("\\s+", " ");
      return Detected.of(issuer, BODY_HEAD.matcher(issuer).lookingAt() ? 0.85 : 0.6);
    }

    // ---- Trích yếu

    private record TitleFound(Detected<String> title, int end) {}

    private TitleFound detectTitle(
        @Nullable Heading heading, int numberLine, @Nullable String issuer) {
      if (heading == null) {
        return congVanTitle(numberLine);
      }
      List<String> title = new ArrayList<>();
      Boolean capitals = null;
      int first = heading.rest().isEmpty() ? heading.line() + heading.length() : heading.line();
      int i = first;
      for (; i < Math.min(lines.size(), first + 12); i++) {
        String line = i == heading.line() ? heading.rest() : lines.get(i);
        if (line.isEmpty() || RULES.matcher(line).matches()) {
          if (title.isEmpty()) {
            continue;
          }
          break;
        }
        if (BODY_START.matcher(line).lookingAt() || line.startsWith("(") || isDateLine(line, i)) {
          break;
        }
        // "2023 CỦA ỦY BAN …" continues a title in capitals though it opens with a digit.
        boolean lineCapitals = line.codePoints().noneMatch(Character::isLowerCase)
            && line.codePoints().anyMatch(Character::isLetter);
        if (capitals == null) {
          capitals = lineCapitals;
        } else if (capitals != lineCapitals) {
          // Capitals after a normal-case title are the competence line; normal case after a
          // title in capitals is the body (a Thông báo, a Công điện's "… điện:").
          break;
        }
        title.add(line);
      }
      int end = i - 1;
      if (Boolean.TRUE.equals(capitals)) {
        dropCompetenceLines(title, issuer);
      }
      if (title.isEmpty()) {
        return new TitleFound(Detected.absent(), end);
      }
      String text = String.join(" ", title).replaceAll("\\s+", " ");
      return new TitleFound(Detected.of(text, 0.85), end);
    }

    /**
     * Under a trích yếu in capitals the competence line ("TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM",
     * "CỤC TRƯỞNG CỤC" / "HẢI QUAN") is in capitals too. A line opening with a position ends the
     * title there; one opening with a body's name only when it closes the block and the title
     * above it reads as finished (it does not end on "CỦA", "VÀ", a comma…).
     */
    private static void dropCompetenceLines(List<String> title, @Nullable String issuer) {
      for (int k = 1; k < title.size(); k++) {
        String line = title.get(k);
        boolean position = POSITION_FIRST.matcher(line).lookingAt();
        boolean body = COMPETENCE.matcher(line).lookingAt()
            || (issuer != null && line.startsWith(issuer));
        boolean nearEnd = k >= title.size() - 2;
        boolean finished = !OPEN_ENDING.matcher(title.get(k - 1)).find();
        if (position || (body && nearEnd && finished)) {
          title.subList(k, title.size()).clear();
          return;
        }
      }
    }

    private boolean isDateLine(String line, int index) {
      Matcher m = DATE_WORDS.matcher(line);
      return m.find() && (line.substring(0, m.start()).isBlank()
          || place(line.substring(0, m.start()), index) != null);
    }

    private TitleFound congVanTitle(int numberLine) {
      int from = Math.max(0, numberLine);
      for (int i = from; i < Math.min(lines.size(), Math.max(headerEnd, from + 1) + 1); i++) {
        String line = lines.get(i);
        Matcher vv = VV.matcher(line);
        boolean about = i == numberLine + 1 && numberLine >= 0 && line.startsWith("Về ");
        if (!vv.matches() && !about) {
          continue;
        }
        StringBuilder title = new StringBuilder(vv.matches() ? vv.group(1) : line);
        int end = i;
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
          String next = lines.get(j);
          if (next.isEmpty() || BODY_START.matcher(next).lookingAt() || TextCleaner.isCapitals(next)
              || DATE_WORDS.matcher(next).find() || next.endsWith(",")) {
            break;
          }
          title.append(title.isEmpty() ? "" : " ").append(next);
          end = j;
        }
        String text = title.toString();
        // Interleaved columns put the date line after the trích yếu on the same line.
        Matcher date = DATE_WORDS.matcher(text);
        if (date.find()) {
          String before = text.substring(0, date.start()).replaceAll("[,\\s]+$", "");
          String place = place(before, i);
          text = place == null ? before : before.substring(0, before.length() - place.length());
        }
        text = text.strip();
        return new TitleFound(text.isEmpty() ? Detected.absent() : Detected.of(text, 0.8), end);
      }
      return new TitleFound(Detected.absent(), numberLine);
    }

    // ---- Signer

    private Detected<String> detectSigner(int from) {
      int start = Math.max(1, bodyMarked ? Math.max(from, headerEnd) : from);
      for (int i = start; i < lines.size(); i++) {
        String line = lines.get(i);
        String name = personName(line);
        if (name == null && RECIPIENT.matcher(line).lookingAt()) {
          // Columns merged by position: "- Lưu: VT, HTQT. Lê Bạch Hồng".
          name = personName(afterLastClause(line));
        }
        if (name == null) {
          continue;
        }
        // Up the signature column, past blanks, "(Đã ký)" and the recipients interleaved with it.
        for (int j = i - 1, seen = 0; j >= 0 && seen < 10; j--, seen++) {
          String above = lines.get(j);
          String title = capitalsTail(above);
          if (title != null && SIGNING_TITLE.matcher(title).find()) {
            return Detected.of(name, title.matches("^(?:TM|KT|TL|TUQ|Q)\\..*") ? 0.92 : 0.88);
          }
          if (!(above.isEmpty() || SIGNATURE_FILLER.matcher(above).matches()
              || RECIPIENT.matcher(above).lookingAt())) {
            break;
          }
        }
      }
      return Detected.absent();
    }

    private static String afterLastClause(String line) {
      int cut = Math.max(line.lastIndexOf(". "),
          Math.max(line.lastIndexOf("; "), line.lastIndexOf(") ")));
      return cut < 0 ? "" : line.substring(cut + 2).strip();
    }

    /** The line, or its part after the last ";" or ":" when columns were merged, if in capitals. */
    private static @Nullable String capitalsTail(String line) {
      if (TextCleaner.isCapitals(line)) {
        return line;
      }
      int cut = Math.max(line.lastIndexOf(';'), line.lastIndexOf(':'));
      if (cut >= 0) {
        String tail = line.substring(cut + 1).strip();
        return TextCleaner.isCapitals(tail) ? tail : null;
      }
      return null;
    }

    /** The person's name a line holds, without rank or degree: 2–6 capitalised syllables. */
    private static @Nullable String personName(String line) {
      if (line.length() > 60 || line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
        return null;
      }
      String text = SIGNED_MARK.matcher(line).replaceAll("").strip();
      Matcher honorific = HONORIFIC.matcher(text);
      while (honorific.lookingAt()) {
        text = text.substring(honorific.end());
        honorific = HONORIFIC.matcher(text);
      }
      String[] words = text.split(" ");
      if (words.length < 2 || words.length > 6) {
        return null;
      }
      for (String word : words) {
        if (!NAME_WORD.matcher(word).matches() || !Syllables.isSyllable(word)) {
          return null;
        }
      }
      return text;
    }

    // ---- Độ mật

    private Detected<Classification> detectClassification(boolean sawHeader) {
      for (int i = 0; i < Math.min(lines.size(), Math.max(headerEnd + 5, 25)); i++) {
        String line = lines.get(i);
        Matcher stamps = STAMPS.matcher(line);
        Matcher field = CLASSIFICATION_FIELD.matcher(line);
        Matcher leading = LEADING_STAMP.matcher(line);
        String level = null;
        double sure = 0.9;
        if (stamps.matches()) {
          // The độ mật stamp alone, or beside the độ khẩn stamp ("MẬT  KHẨN").
          Matcher secrecy = SECRECY.matcher(line);
          level = secrecy.find() ? secrecy.group(1) : null;
        } else if (field.lookingAt()) {
          level = field.group(1);
        } else if (i < headerEnd && leading.lookingAt()) {
          level = leading.group(1); // merged with the line beside it
          sure = 0.75;
        }
        if (level != null) {
          String upper = level.toUpperCase(VietnameseText.LOCALE).replaceAll("\\s+", " ");
          for (Classification c : Classification.values()) {
            if (c.stamp().equals(upper)) {
              return Detected.of(c, sure);
            }
          }
        }
      }
      // No stamp: confident of "none" only when the header itself was recognised.
      return new Detected<>(null, sawHeader ? 0.8 : 0.3, Detected.Origin.DETECTED);
    }
  }

  /** The kind a number's ký hiệu names: "QĐ" in 813/QĐ-BHXH, "NĐ" in 145/2026/NĐ-CP. */
  static Optional<DocumentKind> kindOfNumber(String number) {
    String[] parts = number.split("/");
    String symbol = parts[parts.length - 1];
    String first = symbol.split("-")[0];
    return DocumentKind.fromAbbreviation(first);
  }
}
