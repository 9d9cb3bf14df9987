package vn.vanthu.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem statuses an endpoint may answer besides 401, 403, 406 and 500, which every endpoint
 * may; {@link ApiDocumentation} turns them into {@code application/problem+json} responses.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Problems {

  /** HTTP statuses, e.g. {@code {400, 404}}. */
  int[] value();
}
