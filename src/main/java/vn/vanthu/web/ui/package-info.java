/** The browser pages: thin Thymeleaf controllers over the archive, issuing and user services. */
@NullMarked
package vn.vanthu.web.ui;

import org.jspecify.annotations.NullMarked;
