import type { Edge, Node } from '@xyflow/react';

/* The diagram layer of a canvas (updl/Diagram.schema.json): free shapes, text and arrows on layers, drawn with the
   UPDL nodes; a shape may be anchored to a node. Graph-editor ids of shapes are "shape:<id>" so they never meet
   UPDL node ids. */

export type ShapeKind = 'rectangle' | 'ellipse' | 'text' | 'line' | 'arrow' | 'group';

export interface Shape {
  id: string;
  kind: ShapeKind;
  layerId: string;
  geometry: { x: number; y: number; width: number; height: number; rotation?: number; points?: { x: number; y: number }[] };
  style?: { fill?: string; stroke?: string; strokeWidth?: number; fontSize?: number; opacity?: number };
  text?: string;
  anchorNodeId?: string;
  children?: string[];
  startShapeId?: string;
  endShapeId?: string;
}

export interface Layer {
  id: string;
  name: string;
  order: number;
  visible: boolean;
  locked: boolean;
}

export interface Diagram {
  shapes: Shape[];
  layers: Layer[];
}

export interface ShapeData extends Record<string, unknown> {
  shape: Shape;
}

export type ShapeNode = Node<ShapeData, 'shape'>;

export const PREFIX = 'shape:';

export const isShapeId = (id: string) => id.startsWith(PREFIX);

export function asDiagram(value: unknown): Diagram {
  const d = value as Partial<Diagram> | null | undefined;
  return { shapes: Array.isArray(d?.shapes) ? d!.shapes : [], layers: Array.isArray(d?.layers) ? d!.layers : [] };
}

/** The diagram with at least one layer, so there is always somewhere to draw. */
export function withLayer(d: Diagram): Diagram {
  return d.layers.length ? d : { ...d, layers: [{ id: 'layer-1', name: 'Layer 1', order: 0, visible: true, locked: false }] };
}

const boxed = (s: Shape) => s.kind !== 'line' && s.kind !== 'arrow';

/** Box shapes as graph-editor nodes, under the UPDL nodes; hidden and locked layers respected. */
export function shapeNodes(d: Diagram): ShapeNode[] {
  const layers = new Map(d.layers.map((l) => [l.id, l]));
  return d.shapes.filter(boxed).map((s) => {
    const layer = layers.get(s.layerId);
    return {
      id: PREFIX + s.id,
      type: 'shape' as const,
      position: { x: s.geometry.x, y: s.geometry.y },
      data: { shape: s },
      style: { width: s.geometry.width, height: s.geometry.height },
      hidden: layer ? !layer.visible : false,
      draggable: !(layer?.locked ?? false),
      zIndex: (layer?.order ?? 0) - 1000,
    };
  });
}

/** Arrows and lines between shapes, and a dashed tie from each anchored shape to its UPDL node. */
export function shapeEdges(d: Diagram): Edge[] {
  const hidden = new Set(d.layers.filter((l) => !l.visible).map((l) => l.id));
  const out: Edge[] = [];
  for (const s of d.shapes) {
    if (!boxed(s) && s.startShapeId && s.endShapeId) {
      out.push({
        id: PREFIX + s.id, source: PREFIX + s.startShapeId, target: PREFIX + s.endShapeId, sourceHandle: 'out',
        targetHandle: 'in', type: 'straight', hidden: hidden.has(s.layerId), label: s.text,
        markerEnd: s.kind === 'arrow' ? { type: 'arrowclosed' as never } : undefined,
        style: { stroke: s.style?.stroke ?? '#444', strokeWidth: s.style?.strokeWidth ?? 1.5 },
      });
    } else if (boxed(s) && s.anchorNodeId) {
      out.push({
        id: `${PREFIX}${s.id}:anchor`, source: PREFIX + s.id, target: s.anchorNodeId, sourceHandle: 'out',
        targetHandle: 'anchor', type: 'straight', hidden: hidden.has(s.layerId), selectable: false,
        style: { stroke: '#999', strokeDasharray: '4 4' },
      });
    }
  }
  return out;
}

export function newShapeId(d: Diagram, kind: ShapeKind): string {
  const taken = new Set(d.shapes.map((s) => s.id));
  let i = 1;
  while (taken.has(`${kind}-${i}`)) {
    i++;
  }
  return `${kind}-${i}`;
}

export function addShape(d: Diagram, kind: ShapeKind, layerId: string, at: { x: number; y: number }): [Diagram, string] {
  const id = newShapeId(d, kind);
  const size = kind === 'text' ? { width: 160, height: 40 } : { width: 160, height: 100 };
  const shape: Shape = {
    id, kind, layerId, geometry: { ...at, ...size },
    style: kind === 'text' ? { fontSize: 16 } : { fill: '#fff8d6', stroke: '#8a7a2a', strokeWidth: 1 },
    text: kind === 'text' ? 'Text' : '',
  };
  return [{ ...d, shapes: [...d.shapes, shape] }, id];
}

/** An arrow (or line) between two shapes, on the first one's layer. */
export function connect(d: Diagram, from: string, to: string, kind: 'arrow' | 'line' = 'arrow'): Diagram {
  const a = d.shapes.find((s) => s.id === from);
  const b = d.shapes.find((s) => s.id === to);
  if (!a || !b || from === to) {
    return d;
  }
  const id = newShapeId(d, kind);
  const centre = (s: Shape) => ({ x: s.geometry.x + s.geometry.width / 2, y: s.geometry.y + s.geometry.height / 2 });
  const [p, q] = [centre(a), centre(b)];
  const shape: Shape = {
    id, kind, layerId: a.layerId, startShapeId: from, endShapeId: to,
    geometry: { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y), points: [p, q] },
    style: { stroke: '#444', strokeWidth: 1.5 },
  };
  return { ...d, shapes: [...d.shapes, shape] };
}

export function updateShape(d: Diagram, id: string, patch: Partial<Shape>): Diagram {
  return { ...d, shapes: d.shapes.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Moves a shape; a group takes its members (and theirs) along. */
export function moveShape(d: Diagram, id: string, x: number, y: number): Diagram {
  const moved = d.shapes.find((s) => s.id === id);
  if (!moved) {
    return d;
  }
  const [dx, dy] = [Math.round(x) - moved.geometry.x, Math.round(y) - moved.geometry.y];
  const members = new Set<string>([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of d.shapes) {
      if (members.has(s.id)) {
        for (const c of s.children ?? []) {
          grew = !members.has(c) || grew;
          members.add(c);
        }
      }
    }
  }
  return { ...d, shapes: d.shapes.map((s) => (members.has(s.id) && (s.kind !== 'line' && s.kind !== 'arrow')
    ? { ...s, geometry: { ...s.geometry, x: s.geometry.x + dx, y: s.geometry.y + dy } } : s)) };
}

/** A group around the given box shapes (a frame with some margin), on the first one's layer. */
export function group(d: Diagram, ids: string[]): [Diagram, string | null] {
  const members = d.shapes.filter((s) => ids.includes(s.id) && s.kind !== 'line' && s.kind !== 'arrow');
  const taken = new Set(d.shapes.flatMap((s) => s.children ?? []));
  if (members.length < 2 || members.some((m) => taken.has(m.id))) {
    return [d, null];
  }
  const pad = 20;
  const x = Math.min(...members.map((m) => m.geometry.x)) - pad;
  const y = Math.min(...members.map((m) => m.geometry.y)) - pad;
  const right = Math.max(...members.map((m) => m.geometry.x + m.geometry.width)) + pad;
  const bottom = Math.max(...members.map((m) => m.geometry.y + m.geometry.height)) + pad;
  const id = newShapeId(d, 'group');
  const shape: Shape = {
    id, kind: 'group', layerId: members[0].layerId, geometry: { x, y, width: right - x, height: bottom - y },
    style: { stroke: '#7a869a', strokeWidth: 1 }, children: members.map((m) => m.id), text: '',
  };
  return [{ ...d, shapes: [shape, ...d.shapes] }, id];
}

/** Removes shapes, and with them the arrows that end at them and their places in groups. */
export function removeShapes(d: Diagram, ids: Set<string>): Diagram {
  const shapes = d.shapes
    .filter((s) => !ids.has(s.id) && !(s.startShapeId && ids.has(s.startShapeId)) && !(s.endShapeId && ids.has(s.endShapeId)))
    .map((s) => (s.children ? { ...s, children: s.children.filter((c) => !ids.has(c)) } : s));
  return { ...d, shapes };
}

/** When UPDL nodes go, shapes anchored to them stay where they are, unanchored. */
export function dropAnchors(d: Diagram, nodeIds: Set<string>): Diagram {
  if (!d.shapes.some((s) => s.anchorNodeId && !nodeIds.has(s.anchorNodeId))) {
    return d;
  }
  return { ...d, shapes: d.shapes.map((s) => (s.anchorNodeId && !nodeIds.has(s.anchorNodeId)
    ? { ...s, anchorNodeId: undefined } : s)) };
}

export function addLayer(d: Diagram): Diagram {
  const n = d.layers.length + 1;
  let id = `layer-${n}`;
  while (d.layers.some((l) => l.id === id)) {
    id += '-x';
  }
  const order = Math.max(-1, ...d.layers.map((l) => l.order)) + 1;
  return { ...d, layers: [...d.layers, { id, name: `Layer ${n}`, order, visible: true, locked: false }] };
}

export function updateLayer(d: Diagram, id: string, patch: Partial<Layer>): Diagram {
  return { ...d, layers: d.layers.map((l) => (l.id === id ? { ...l, ...patch } : l)) };
}

/** A diagram read from a file: the two lists must be there; the server checks the rest on save. */
export function parseDiagram(text: string): Diagram {
  const v = JSON.parse(text);
  if (!v || !Array.isArray(v.shapes) || !Array.isArray(v.layers)) {
    throw new Error('A diagram file has "shapes" and "layers" lists');
  }
  return { shapes: v.shapes, layers: v.layers };
}
