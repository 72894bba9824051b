/**
 * Lexical hands some failures to the editor's onError instead of throwing them; parsing a body
 * with an unknown node type is one. While a body loads, those are collected so the load can fail
 * cleanly; at any other time they are logged.
 */
export class EditorErrors {
  private collected: Error[] | null = null;

  readonly report = (error: Error): void => {
    if (this.collected) this.collected.push(error);
    else console.error('Editor error', error);
  };

  /** Runs `task` and throws the first error Lexical reported meanwhile, if any. */
  rethrowing<T>(task: () => T): T {
    this.collected = [];
    try {
      const result = task();
      const [first] = this.collected;
      if (first) throw first;
      return result;
    } finally {
      this.collected = null;
    }
  }
}
