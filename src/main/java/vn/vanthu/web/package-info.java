/** The browser face of Vanthu. */
@NullMarked
package vn.vanthu.web;

import org.jspecify.annotations.NullMarked;
