/** Undo/redo over immutable states: push after each change, a new change drops what could be redone. */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(private current: T, private readonly limit = 100) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  push(next: T): void {
    if (next === this.current) {
      return;
    }
    this.past.push(this.current);
    if (this.past.length > this.limit) {
      this.past.shift();
    }
    this.current = next;
    this.future = [];
  }

  /** Replaces the present without an undo step (e.g. the server's answer to a save). */
  replace(next: T): void {
    this.current = next;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous !== undefined) {
      this.future.push(this.current);
      this.current = previous;
    }
    return this.current;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push(this.current);
      this.current = next;
    }
    return this.current;
  }
}
