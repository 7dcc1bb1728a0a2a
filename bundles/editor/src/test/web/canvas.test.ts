import { describe, expect, test } from 'vitest';
import type { Canvas, NodeType } from '../../main/web/api/types';
import { defaults, edgeId, fromFlow, newNodeId, toFlow } from '../../main/web/canvas/graph';
import { History } from '../../main/web/canvas/history';
import { refusal } from '../../main/web/canvas/ports';

const canvas: Canvas = {
  id: 'main', name: 'Main', order: 0, viewport: { x: 1, y: 2, zoom: 1 }, diagram: { layers: [] },
  nodes: [
    { id: 'Space_0', type: 'Space', position: { x: 10, y: 20 }, data: { spaceName: 'S' }, label: 'Sector' },
    { id: 'Entity_0', type: 'Entity', position: { x: 30.04, y: 40 }, data: {}, label: 'Ship' },
  ],
  edges: [{ id: 'e1', source: 'Entity_0', sourcePort: 'entity', target: 'Space_0', targetPort: 'entities' }],
};

const types = new Map<string, NodeType>([
  ['Space', { type: 'Space', category: 'core', title: 'Space', inputs: [
    { name: 'entities', dataType: 'entity', multiple: true }, { name: 'camera', dataType: 'camera', multiple: false }],
  outputs: [] }],
  ['Entity', { type: 'Entity', category: 'core', title: 'Entity', inputs: [],
    outputs: [{ name: 'entity', dataType: 'entity', multiple: true }] }],
  ['Camera', { type: 'Camera', category: 'core', title: 'Camera', inputs: [],
    outputs: [{ name: 'camera', dataType: 'camera', multiple: true }],
    dataSchema: { properties: { fov: { type: 'number', default: 60 }, name: { type: 'string' },
      pos: { type: 'object', default: { x: 0 } } } } }],
]);

describe('graph conversion', () => {
  test('a canvas survives the trip through the graph editor, keeping what the editor does not show', () => {
    const f = toFlow(canvas);
    const back = fromFlow(canvas, f.nodes, f.edges);
    expect(back.diagram).toEqual(canvas.diagram);
    expect(back.viewport).toEqual(canvas.viewport);
    expect(back.edges).toEqual(canvas.edges);
    expect(back.nodes.map((n) => [n.id, n.type, n.label, n.data])).toEqual(
      canvas.nodes.map((n) => [n.id, n.type, n.label, n.data]));
    expect(back.nodes[1].position).toEqual({ x: 30, y: 40 });
  });

  test('problems are put on their nodes', () => {
    const f = toFlow(canvas, [{ nodeId: 'Entity_0', code: 'schema_violation', message: 'bad' },
      { nodeId: 'Entity_0', canvasId: 'other', code: 'x', message: 'elsewhere' }]);
    expect(f.nodes[1].data.problems.map((p) => p.message)).toEqual(['bad']);
    expect(f.nodes[0].data.problems).toEqual([]);
  });

  test('new ids follow the upstream naming and skip taken ones', () => {
    expect(newNodeId('Entity', ['Entity_0', 'Entity_1', 'Space_0'])).toBe('Entity_2');
    expect(newNodeId('Camera', [])).toBe('Camera_0');
    expect(edgeId('a', 'o', 'b', 'i')).toBe('a:o->b:i');
  });

  test('a new node starts with its schema defaults, copied', () => {
    const d = defaults(types.get('Camera')!);
    expect(d).toEqual({ fov: 60, pos: { x: 0 } });
    (d.pos as { x: number }).x = 5;
    expect(defaults(types.get('Camera')!).pos).toEqual({ x: 0 });
  });
});

describe('port rules', () => {
  const f = toFlow({ ...canvas, nodes: [...canvas.nodes,
    { id: 'Camera_0', type: 'Camera', position: { x: 0, y: 0 }, data: {} },
    { id: 'Camera_1', type: 'Camera', position: { x: 0, y: 0 }, data: {} }] });
  const c = (source: string, sourceHandle: string, target: string, targetHandle: string) =>
    refusal({ source, sourceHandle, target, targetHandle }, f.nodes, f.edges, types);

  test('same data type from an output to an input is allowed', () => {
    expect(c('Camera_0', 'camera', 'Space_0', 'camera')).toBeNull();
  });
  test('everything the server would refuse is refused here first', () => {
    expect(c('Camera_0', 'camera', 'Space_0', 'entities')).toBe('port_type_mismatch');
    expect(c('Entity_0', 'entity', 'Space_0', 'entities')).toBe('duplicate_edge');
    expect(c('Space_0', 'entities', 'Entity_0', 'entity')).toBe('unknown_port');
    expect(c('Entity_0', 'entity', 'Entity_0', 'entity')).toBe('self_loop');
    const taken = [...f.edges, { id: 'x', source: 'Camera_0', sourceHandle: 'camera', target: 'Space_0', targetHandle: 'camera' }];
    expect(refusal({ source: 'Camera_1', sourceHandle: 'camera', target: 'Space_0', targetHandle: 'camera' },
      f.nodes, taken, types)).toBe('port_multiplicity');
  });
});

describe('history', () => {
  test('undo and redo walk the states; a new change drops the redo branch', () => {
    const h = new History('a');
    h.push('b');
    h.push('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBe('a');
    expect(h.redo()).toBe('b');
    h.push('d');
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('b');
  });

  test('keeps at most its limit of steps', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) {
      h.push(i);
    }
    h.undo();
    h.undo();
    expect(h.undo()).toBe(7);
    expect(h.canUndo).toBe(false);
  });
});
