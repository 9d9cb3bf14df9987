/** The command-line face of Vanthu: serve, render and the archive tools, over the same services as the web. */
@NullMarked
package vn.vanthu.cli;

import org.jspecify.annotations.NullMarked;
