package vn.vanthu.archive.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds abbreviations and spelled-out expansions among query syllables, both ways. */
final class AbbreviationMatcher {

  /** A run of query syllables that spells out {@code abbreviation} (folded). */
  record Span(String abbreviation, int length) {}

  private final AbbreviationDictionary dictionary;
  private final Map<List<String>, String> abbreviationOfExpansion = new HashMap<>();

  AbbreviationMatcher(AbbreviationDictionary dictionary) {
    this.dictionary = dictionary;
    dictionary.entries().forEach((abbreviation, expansions) -> expansions.forEach(
        expansion -> abbreviationOfExpansion.putIfAbsent(
            Syllable.folded(expansions(expansion)), abbreviation)));
  }

  /** The expansions of a query syllable that is an abbreviation, as syllables; else empty. */
  List<List<Syllable>> expansionsOf(Syllable syllable) {
    return dictionary.expansions(syllable.folded()).stream()
        .map(AbbreviationMatcher::expansions)
        .toList();
  }

  /** For each syllable, the abbreviations whose expansion it is part of. */
  List<List<Span>> spans(List<Syllable> syllables) {
    List<String> folded = Syllable.folded(syllables);
    List<List<Span>> spans = new ArrayList<>();
    folded.forEach(s -> spans.add(new ArrayList<>()));
    abbreviationOfExpansion.forEach((expansion, abbreviation) -> {
      for (int i = 0; i + expansion.size() <= folded.size(); i++) {
        if (folded.subList(i, i + expansion.size()).equals(expansion)) {
          for (int j = i; j < i + expansion.size(); j++) {
            spans.get(j).add(new Span(abbreviation, expansion.size()));
          }
        }
      }
    });
    return spans;
  }

  /** Folded syllables with each unambiguous abbreviation replaced by its expansion. */
  List<String> foldedWithExpansions(List<Syllable> syllables) {
    List<String> folded = new ArrayList<>();
    for (Syllable syllable : syllables) {
      List<List<Syllable>> expansions = expansionsOf(syllable);
      if (expansions.size() == 1) {
        folded.addAll(Syllable.folded(expansions.get(0)));
      } else {
        folded.add(syllable.folded());
      }
    }
    return folded;
  }

  private static List<Syllable> expansions(String expansion) {
    return Syllable.of(expansion, Integer.MAX_VALUE);
  }
}
