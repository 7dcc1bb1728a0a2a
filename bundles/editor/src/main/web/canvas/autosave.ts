import { ApiError } from '../api/errors';
import type { Draft, Problem, SpaceGraph } from '../api/types';

export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

type Save = (revision: number, graph: SpaceGraph) => Promise<Draft>;

/**
 * Saves a draft a moment after the last edit, one save at a time, with the revision it was based on. A graph the
 * server refuses (422) stays in the editor with its problems; a newer draft elsewhere (409) stops saving until reload.
 */
export class AutoSave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private latest: SpaceGraph | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private revision: number,
    private readonly save: Save,
    private readonly onState: (s: SaveState) => void,
    private readonly delayMs = 800,
  ) {}

  get baseRevision(): number {
    return this.revision;
  }

  change(graph: SpaceGraph): void {
    this.latest = graph;
    this.onState({ kind: 'pending' });
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now what is pending (e.g. before leaving the page); resolves when nothing is left to save. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) {
      await this.running;
    }
    const graph = this.latest;
    if (!graph) {
      return;
    }
    this.latest = null;
    this.running = this.write(graph).finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async write(graph: SpaceGraph): Promise<void> {
    this.onState({ kind: 'saving' });
    try {
      const d = await this.save(this.revision, graph);
      this.revision = d.revision;
      if (!this.latest) {
        this.onState({ kind: 'saved', revision: d.revision });
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const problems = e.body.details?.['problems'];
        this.onState({ kind: 'invalid', problems: Array.isArray(problems) ? (problems as Problem[]) : [] });
      } else if (e instanceof ApiError && e.status === 409) {
        this.latest = null;
        this.onState({ kind: 'conflict' });
      } else {
        this.latest = this.latest ?? graph;
        this.onState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    }
  }
}
