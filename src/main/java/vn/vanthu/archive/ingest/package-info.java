/** Reading old documents: text from PDF, HTML and plain text, cleaned of extraction noise, and their metadata detected. Spring-free. */
@NullMarked
package vn.vanthu.archive.ingest;

import org.jspecify.annotations.NullMarked;
