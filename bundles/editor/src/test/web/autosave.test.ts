import { describe, expect, test } from 'vitest';
import { ApiError } from '../../main/web/api/errors';
import type { Draft, SpaceGraph } from '../../main/web/api/types';
import { AutoSave, type SaveState } from '../../main/web/canvas/autosave';

const g = (name: string): SpaceGraph => ({ canvases: [{ id: 'main', name, order: 0, nodes: [], edges: [] }] });

describe('AutoSave', () => {
  test('saves the last of quick edits once, with the revision it was based on, then the next from the new one', async () => {
    const saves: [number, string][] = [];
    const states: SaveState['kind'][] = [];
    let revision = 4;
    const a = new AutoSave(4, async (r, graph) => {
      saves.push([r, graph.canvases[0].name]);
      return { spaceId: 's', revision: ++revision, graph } as Draft;
    }, (s) => states.push(s.kind), 10);
    a.change(g('one'));
    a.change(g('two'));
    a.change(g('three'));
    await new Promise((r) => setTimeout(r, 40));
    a.change(g('four'));
    await a.flush();
    expect(saves).toEqual([[4, 'three'], [5, 'four']]);
    expect(a.baseRevision).toBe(6);
    expect(states.at(-1)).toBe('saved');
  });

  test('a refused graph reports its problems and the revision stays; a conflict stops saving', async () => {
    let last: SaveState | null = null;
    let answer: ApiError = new ApiError(422, { code: 'validation_failed', message: 'bad',
      details: { problems: [{ nodeId: 'n', code: 'schema_violation', message: 'm' }] } });
    const a = new AutoSave(1, async () => { throw answer; }, (s) => (last = s), 1);
    a.change(g('x'));
    await a.flush();
    expect(last).toEqual({ kind: 'invalid', problems: [{ nodeId: 'n', code: 'schema_violation', message: 'm' }] });
    expect(a.baseRevision).toBe(1);
    answer = new ApiError(409, { code: 'conflict', message: 'stale' });
    a.change(g('y'));
    await a.flush();
    expect(last).toEqual({ kind: 'conflict' });
  });

  test('a network failure keeps the edit to save again', async () => {
    let fail = true;
    const saved: string[] = [];
    const a = new AutoSave(1, async (r, graph) => {
      if (fail) {
        throw new ApiError(0, { code: 'network', message: 'down' });
      }
      saved.push(graph.canvases[0].name);
      return { spaceId: 's', revision: r + 1, graph } as Draft;
    }, () => undefined, 1);
    a.change(g('kept'));
    await a.flush();
    fail = false;
    await a.flush();
    expect(saved).toEqual(['kept']);
  });
});
