import type { Edge, Node } from '@xyflow/react';
import type { Canvas, GraphEdge, GraphNode, NodeType, Problem } from '../api/types';

/** What a canvas node carries in the editor: its UPDL type, label, data and the problems the server found. */
export interface UpdlNodeData extends Record<string, unknown> {
  nodeType: string;
  label: string;
  data: Record<string, unknown>;
  problems: Problem[];
}

export type FlowNode = Node<UpdlNodeData, 'updl'>;

export type FlowEdge = Edge & { sourceHandle: string; targetHandle: string };

export function edgeId(source: string, sourcePort: string, target: string, targetPort: string): string {
  return `${source}:${sourcePort}->${target}:${targetPort}`;
}

/** A UPDL canvas as the graph editor draws it. */
export function toFlow(canvas: Canvas, problems: Problem[] = []): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const nodes = canvas.nodes.map((n) => ({
    id: n.id,
    type: 'updl' as const,
    position: { x: n.position.x, y: n.position.y },
    data: {
      nodeType: n.type,
      label: n.label ?? n.type,
      data: n.data ?? {},
      problems: problems.filter((p) => p.nodeId === n.id && (!p.canvasId || p.canvasId === canvas.id)),
    },
  }));
  const edges = canvas.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: e.sourcePort,
    targetHandle: e.targetPort,
  }));
  return { nodes, edges };
}

/** The canvas back from the editor's nodes and edges; everything else of the canvas (diagram, order) is kept. */
export function fromFlow(canvas: Canvas, nodes: FlowNode[], edges: FlowEdge[]): Canvas {
  const graphNodes: GraphNode[] = nodes.map((n) => ({
    id: n.id,
    type: n.data.nodeType,
    position: { x: round(n.position.x), y: round(n.position.y) },
    data: n.data.data,
    label: n.data.label,
  }));
  const graphEdges: GraphEdge[] = edges.map((e) => ({
    id: e.id,
    source: e.source,
    sourcePort: e.sourceHandle,
    target: e.target,
    targetPort: e.targetHandle,
  }));
  return { ...canvas, nodes: graphNodes, edges: graphEdges };
}

/** A new node id for {@code type} not used on the canvas: Type_0, Type_1, ... as upstream canvases name them. */
export function newNodeId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let i = 0;
  while (used.has(`${type}_${i}`)) {
    i++;
  }
  return `${type}_${i}`;
}

/** The defaults a node type's data schema declares, so a new node starts valid where it can. */
export function defaults(type: NodeType): Record<string, unknown> {
  const props = (type.dataSchema?.['properties'] ?? {}) as Record<string, { default?: unknown }>;
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(props)) {
    if (schema && schema.default !== undefined) {
      out[name] = structuredClone(schema.default);
    }
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
