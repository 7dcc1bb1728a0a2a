import { describe, expect, test } from 'vitest';
import {
  addLayer, addShape, asDiagram, connect, dropAnchors, group, moveShape, parseDiagram, removeShapes, shapeEdges,
  shapeNodes, updateLayer, updateShape, withLayer,
} from '../../main/web/canvas/diagram';

const start = () => withLayer(asDiagram(undefined));

describe('diagram layer', () => {
  test('a canvas without a diagram gets one layer to draw on', () => {
    expect(start()).toEqual({ shapes: [], layers: [{ id: 'layer-1', name: 'Layer 1', order: 0, visible: true, locked: false }] });
    expect(asDiagram({ shapes: 'x' })).toEqual({ shapes: [], layers: [] });
  });

  test('shapes become nodes under the UPDL nodes; hidden and locked layers are respected', () => {
    let [d, a] = addShape(start(), 'rectangle', 'layer-1', { x: 10, y: 20 });
    d = addLayer(d);
    let b: string;
    [d, b] = addShape(d, 'text', 'layer-2', { x: 0, y: 0 });
    d = updateLayer(updateLayer(d, 'layer-2', { visible: false }), 'layer-1', { locked: true });
    const nodes = shapeNodes(d);
    expect(nodes.map((n) => [n.id, n.position, n.hidden, n.draggable])).toEqual([
      [`shape:${a}`, { x: 10, y: 20 }, false, false], [`shape:${b}`, { x: 0, y: 0 }, true, true]]);
    expect(nodes[1].zIndex).toBeGreaterThan(nodes[0].zIndex!);
    expect(nodes.every((n) => n.zIndex! < 0)).toBe(true);
  });

  test('an arrow joins two shapes through their centres and is drawn as an edge; removing a shape removes it', () => {
    let [d, a] = addShape(start(), 'rectangle', 'layer-1', { x: 0, y: 0 });
    let b: string;
    [d, b] = addShape(d, 'ellipse', 'layer-1', { x: 200, y: 0 });
    d = connect(d, a, b);
    const arrow = d.shapes.find((s) => s.kind === 'arrow')!;
    expect(arrow.geometry.points).toEqual([{ x: 80, y: 50 }, { x: 280, y: 50 }]);
    expect(shapeEdges(d).map((e) => [e.source, e.target])).toEqual([[`shape:${a}`, `shape:${b}`]]);
    expect(connect(d, a, a)).toBe(d);
    expect(removeShapes(d, new Set([b])).shapes.map((s) => s.id)).toEqual([a]);
  });

  test('a group frames its members and moves them along', () => {
    let [d, a] = addShape(start(), 'rectangle', 'layer-1', { x: 0, y: 0 });
    let b: string;
    [d, b] = addShape(d, 'text', 'layer-1', { x: 300, y: 100 });
    const [g, id] = group(d, [a, b]);
    const frame = g.shapes.find((s) => s.id === id)!;
    expect(frame.geometry).toEqual({ x: -20, y: -20, width: 500, height: 180 });
    expect(frame.children).toEqual([a, b]);
    const moved = moveShape(g, id!, 0, 10);
    expect(moved.shapes.map((s) => [s.id, s.geometry.x, s.geometry.y])).toEqual([[id, 0, 10], [a, 20, 30], [b, 320, 130]]);
    expect(group(g, [a, b])[1]).toBeNull();
    expect(removeShapes(g, new Set([a])).shapes.find((s) => s.id === id)!.children).toEqual([b]);
  });

  test('anchors tie shapes to UPDL nodes and are dropped with the node', () => {
    let [d, a] = addShape(start(), 'rectangle', 'layer-1', { x: 0, y: 0 });
    d = updateShape(d, a, { anchorNodeId: 'Entity_0' });
    expect(shapeEdges(d).map((e) => [e.source, e.target, e.targetHandle])).toEqual([[`shape:${a}`, 'Entity_0', 'anchor']]);
    expect(dropAnchors(d, new Set(['Entity_0']))).toBe(d);
    expect(dropAnchors(d, new Set()).shapes[0].anchorNodeId).toBeUndefined();
  });

  test('a diagram file needs both lists; JSON export and import round-trip', () => {
    const [d] = addShape(start(), 'ellipse', 'layer-1', { x: 5, y: 6 });
    expect(parseDiagram(JSON.stringify(d))).toEqual(d);
    expect(() => parseDiagram('{"shapes":[]}')).toThrow(/layers/);
    expect(() => parseDiagram('not json')).toThrow();
  });
});
