package vn.vanthu.rendering;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.DateConverter;
import org.jspecify.annotations.Nullable;

/**
 * The XMP packet of an archival PDF, written as text: PDF/A-3a and PDF/UA-1 identification, the
 * document information dictionary mirrored property for property (as PDF/A requires), and Dublin
 * Core. Why text: building it through xmpbox's model and serialising it through a JAXP transformer
 * cost a tenth of the rendering time, and wrote four times the bytes (indentation, and extension
 * schema descriptions of the PDF and PDF/A schemas, which PDF/A predefines).
 */
final class XmpPacket {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private XmpPacket() {}

  /** The packet for a document with this information dictionary and these archival properties. */
  static byte[] of(PDDocumentInformation info, ArchivalMetadata metadata) {
    StringBuilder x = new StringBuilder(2048)
        .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
        .append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
        .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
        .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">")
        .append("<pdfaid:part>3</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")
        .append("<pdfuaid:part>1</pdfuaid:part>");
    text(x, "pdf:Producer", info.getProducer());
    text(x, "pdf:Keywords", info.getKeywords());
    text(x, "xmp:CreatorTool", info.getCreator());
    date(x, "xmp:CreateDate", info.getCreationDate());
    date(x, "xmp:ModifyDate", info.getModificationDate());
    x.append("<dc:format>application/pdf</dc:format>");
    alt(x, "dc:title", info.getTitle());
    alt(x, "dc:description", info.getSubject());
    list(x, "dc:creator", "rdf:Seq", info.getAuthor());
    list(x, "dc:publisher", "rdf:Bag", metadata.publisher());
    list(x, "dc:language", "rdf:Bag", metadata.language());
    text(x, "dc:identifier", metadata.identifier());
    if (metadata.date() != null) {
      Calendar date = GregorianCalendar.from(metadata.date().atStartOfDay(VIETNAM));
      list(x, "dc:date", "rdf:Seq", DateConverter.toISO8601(date));
    }
    // pdfuaid is not one of PDF/A's predefined schemas, so PDF/A wants it described.
    x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">")
        .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>")
        .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>")
        .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>")
        .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">")
        .append("<pdfaProperty:name>part</pdfaProperty:name>")
        .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>")
        .append("<pdfaProperty:category>internal</pdfaProperty:category>")
        .append("<pdfaProperty:description>Part of ISO 14289 the document conforms to")
        .append("</pdfaProperty:description>")
        .append("</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>")
        .append("</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void text(StringBuilder x, String property, @Nullable String value) {
    if (value != null) {
      x.append('<').append(property).append('>');
      escape(x, value);
      x.append("</").append(property).append('>');
    }
  }

  private static void date(StringBuilder x, String property, @Nullable Calendar value) {
    if (value != null) {
      text(x, property, DateConverter.toISO8601(value));
    }
  }

  /** A language alternative with only the default language, as PDF/A maps Title and Subject. */
  private static void alt(StringBuilder x, String property, @Nullable String value) {
    if (value != null) {
      x.append('<').append(property).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">");
      escape(x, value);
      x.append("</rdf:li></rdf:Alt></").append(property).append('>');
    }
  }

  private static void list(StringBuilder x, String property, String kind, @Nullable String value) {
    if (value != null) {
      x.append('<').append(property).append("><").append(kind).append("><rdf:li>");
      escape(x, value);
      x.append("</rdf:li></").append(kind).append("></").append(property).append('>');
    }
  }

  /** Text as XML character data. */
  private static void escape(StringBuilder x, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        default -> x.append(c);
      }
    }
  }
}
