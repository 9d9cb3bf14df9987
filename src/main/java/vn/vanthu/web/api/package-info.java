/** The REST API: thin controllers, problem details for every error. */
@NullMarked
package vn.vanthu.web.api;

import org.jspecify.annotations.NullMarked;
