package vn.vanthu.archive.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files named by the SHA-256 of their content under {@code DATA/files/sha256/ab/abcdef…}. A file is
 * written to a temporary name, flushed to disk, then moved into place in one atomic step, so a
 * crash never leaves a half-written file under a real name; an existing file is never overwritten.
 * Thread- and process-safe.
 */
public final class ContentStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern PREFIX = Pattern.compile("[0-9a-f]{2}");

  private final Path root;
  private final Path incoming;

  public ContentStore(Path filesDirectory) {
    this.root = filesDirectory.resolve("sha256");
    this.incoming = filesDirectory.resolve("incoming");
    try {
      Files.createDirectories(root);
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store in " + filesDirectory, e);
    }
  }

  /** The SHA-256 of some bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * Stores many files and returns their SHA-256s in the same order. Each is flushed as by {@link
   * #put}, but the flushes run side by side, and the disk completes them together in about the
   * time of one: a bulk import would otherwise wait for two flushes in a row per document.
   */
  public List<String> putAll(List<byte[]> contents) {
    Map<String, byte[]> distinct = new LinkedHashMap<>();
    List<String> hashes = new ArrayList<>(contents.size());
    for (byte[] content : contents) {
      String hash = sha256(content);
      hashes.add(hash);
      distinct.putIfAbsent(hash, content);
    }
    ExecutorService flushes = Executors.newFixedThreadPool(Math.max(1, Math.min(16, distinct.size())));
    try {
      List<Future<String>> stored = new ArrayList<>();
      distinct.values().forEach(content -> stored.add(flushes.submit(() -> put(content))));
      for (Future<String> file : stored) {
        file.get();
      }
      return hashes;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure
          : new UncheckedIOException(new IOException(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted"));
    } finally {
      flushes.shutdownNow();
    }
  }

  /** Stores bytes (if not already there) and returns their SHA-256. */
  public String put(byte[] bytes) {
    String hash = sha256(bytes);
    Path target = pathOf(hash);
    if (Files.exists(target)) {
      return hash;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(incoming, hash.substring(0, 8), ".part");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      moveIntoPlace(temporary, target);
      return hash;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store file " + hash, e);
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temporary); // another writer stored the same content first
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(temporary);
      throw new IOException("the file store needs a file system with atomic moves", e);
    }
    if (Files.exists(temporary)) {
      Files.deleteIfExists(temporary);
    }
  }

  /** The bytes of a stored file. */
  public byte[] read(String hash) {
    try {
      return Files.readAllBytes(pathOf(hash));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored file " + hash, e);
    }
  }

  /** Opens a stored file for streaming. */
  public InputStream open(String hash) throws IOException {
    return Files.newInputStream(pathOf(hash));
  }

  /** Whether a file is stored. */
  public boolean contains(String hash) {
    return Files.isRegularFile(pathOf(hash));
  }

  /** Re-reads a stored file and tells whether its content still has its name's hash. */
  public boolean isIntact(String hash) {
    try (InputStream in = new DigestInputStream(open(hash), digest())) {
      MessageDigest md = ((DigestInputStream) in).getMessageDigest();
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(md.digest()).equals(hash);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Every hash present on disk, in ascending order, listed lazily one {@code ab/} directory at a
   * time: a store of millions of files is never held in memory at once, and the order lets a caller
   * merge it with the database's list instead of building sets of both.
   */
  public Iterator<String> hashesAscending() {
    List<String> directories;
    try (Stream<Path> children = Files.list(root)) {
      directories = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> PREFIX.matcher(name).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the file store", e);
    }
    return new Iterator<>() {
      private final Iterator<String> remaining = directories.iterator();
      private Iterator<String> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && remaining.hasNext()) {
          current = list(remaining.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The hashes in one {@code ab/} directory, sorted; only those that live where they belong. */
  private List<String> list(String prefix) {
    try (Stream<Path> entries = Files.list(root.resolve(prefix))) {
      return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(prefix) && SHA256.matcher(name).matches())
          .sorted().toList();
    } catch (NoSuchFileException e) {
      return List.of(); // removed since the root was listed
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the file store directory " + prefix, e);
    }
  }

  /** Removes a file that no record refers to (left by an interrupted issue or import). */
  public void deleteOrphan(String hash) {
    try {
      Files.deleteIfExists(pathOf(hash));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete orphan " + hash, e);
    }
  }

  /** Deletes temporary files left by writes that a crash interrupted. */
  public int clearIncoming() {
    try (Stream<Path> parts = Files.list(incoming)) {
      int count = 0;
      for (Path part : parts.toList()) {
        Files.deleteIfExists(part);
        count++;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + incoming, e);
    }
  }

  /** Where a hash lives on disk. */
  public Path pathOf(String hash) {
    if (!SHA256.matcher(hash).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + hash);
    }
    return root.resolve(hash.substring(0, 2)).resolve(hash);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
