/** Turns a document record into XHTML with Thymeleaf and the XHTML into an archival PDF/A with openhtmltopdf. */
@NullMarked
package vn.vanthu.rendering;

import org.jspecify.annotations.NullMarked;
