/** Vietnamese text analysis for Lucene: NFC, syllables, accent folding, abbreviations, document numbers. Spring-free. */
@NullMarked
package vn.vanthu.archive.analysis;

import org.jspecify.annotations.NullMarked;
