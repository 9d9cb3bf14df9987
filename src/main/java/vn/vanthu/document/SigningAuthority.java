package vn.vanthu.document;

import java.util.Arrays;
import java.util.Optional;

/** The prefixes of ô 7a that say in whose name the signer signs (ND30 Phụ lục I, Mục III). */
public enum SigningAuthority {
  /** Thay mặt: on behalf of a collective. */
  TM,
  /** Ký thay: a deputy signing for the head. */
  KT,
  /** Thừa lệnh: by order of. */
  TL,
  /** Thừa ủy quyền: by authorisation. */
  TUQ,
  /** Quyền: acting head. */
  Q;

  /** The printed prefix, e.g. {@code KT.}. */
  public String prefix() {
    return name() + ".";
  }

  /** Finds the authority for a JSON code, with or without its full stop. */
  public static Optional<SigningAuthority> fromCode(String code) {
    String bare = code.endsWith(".") ? code.substring(0, code.length() - 1) : code;
    return Arrays.stream(values()).filter(a -> a.name().equals(bare)).findFirst();
  }
}
