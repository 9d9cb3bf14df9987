/**
 * Vietnamese text analysis for Lucene: NFC, syllables, accent folding, abbreviations, document
 * numbers, and the query builder over them. Spring-free.
 */
@NullMarked
package vn.vanthu.archive.analysis;

import org.jspecify.annotations.NullMarked;
