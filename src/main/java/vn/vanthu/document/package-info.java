/** The structured records of an official document, read from JSON, validated and NFC-normalised. */
@NullMarked
package vn.vanthu.document;

import org.jspecify.annotations.NullMarked;
