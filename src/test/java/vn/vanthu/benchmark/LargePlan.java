package vn.vanthu.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A long document for the memory figures: the 813 decision whose attached plan has its body (four
 * Roman-numbered sections, about four pages) repeated {@code copies} times, so a plan of about
 * {@code 4 × copies} pages. The sections keep counting (I … D), the rest is the sample as it is.
 */
public final class LargePlan {

  private LargePlan() {}

  /** The 813 sample's JSON with its plan body repeated {@code copies} times. */
  public static byte[] of(byte[] decisionJson, int copies) {
    try {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = (ObjectNode) mapper.readTree(decisionJson);
      ObjectNode plan = (ObjectNode) root.withArray("attachments").get(0);
      JsonNode body = plan.get("body");
      ArrayNode repeated = mapper.createArrayNode();
      for (int i = 0; i < copies; i++) {
        body.forEach(block -> repeated.add(block.deepCopy()));
      }
      plan.set("body", repeated);
      return mapper.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
