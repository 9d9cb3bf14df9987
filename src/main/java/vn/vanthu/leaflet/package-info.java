/** Bilingual Vietnamese–English leaflets and booklets: the model, its checks and print-ready PDFs. */
@NullMarked
package vn.vanthu.leaflet;

import org.jspecify.annotations.NullMarked;
