package vn.vanthu.leaflet;

import java.util.List;

/** One panel of a folded leaflet, or one page of a booklet: its blocks, top to bottom. */
public record Panel(List<Block> blocks) {

  public Panel {
    blocks = List.copyOf(blocks);
  }
}
