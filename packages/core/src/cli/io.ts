/**
 * Everything the command line touches outside itself, injected, so that
 * `run` is tested in-process with plain functions. `node-io.ts` wires it to
 * the real process.
 */

/** 0: all good · 1: the input was read and has a problem (a broken journal) · 2: usage or unreadable input. */
export type ExitCode = 0 | 1 | 2;

export interface CliIo {
  /** Writes text to standard output as is (the caller adds line breaks). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error as is. */
  readonly stderr: (text: string) => void;
  /**
   * The bytes of a file (`-` is standard input), or `'too-large'` as soon as
   * more than `maxBytes` would be read: a huge or endless input (`/dev/zero`)
   * is refused, never read whole. Throws a Node-style error (with `code`:
   * `ENOENT`, `EISDIR`, `EACCES`, …) when the file cannot be read.
   */
  readonly readFile: (path: string, maxBytes: number) => Promise<Uint8Array | 'too-large'>;
  /** Writes a whole file. Throws a Node-style error when it cannot. */
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** The absolute form of a path, to tell whether two paths name the same file. */
  readonly resolvePath: (path: string) => string;
  /** Environment variables (`LC_ALL`, `LC_MESSAGES` and `LANG` pick the language). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Version of `@duty-handover/core`, for `--version`. */
  readonly version: string;
}
