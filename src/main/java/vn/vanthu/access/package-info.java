/** Users, roles, secrecy clearances and API tokens: who may do what, and see which documents. */
@NullMarked
package vn.vanthu.access;

import org.jspecify.annotations.NullMarked;
