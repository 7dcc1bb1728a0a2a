import type { NodeType } from '../api/types';
import type { FlowEdge, FlowNode } from './graph';

export interface Connection {
  source: string | null;
  target: string | null;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

/**
 * Why a connection may not be drawn, or null when it may: the same rules the server checks on save (output to input,
 * same data type, no self-loop, no duplicate, a single-valued input takes one edge).
 */
export function refusal(c: Connection, nodes: FlowNode[], edges: FlowEdge[], types: Map<string, NodeType>): string | null {
  if (!c.source || !c.target || !c.sourceHandle || !c.targetHandle) {
    return 'incomplete';
  }
  if (c.source === c.target) {
    return 'self_loop';
  }
  const from = nodes.find((n) => n.id === c.source);
  const to = nodes.find((n) => n.id === c.target);
  const out = from && types.get(from.data.nodeType)?.outputs.find((p) => p.name === c.sourceHandle);
  const input = to && types.get(to.data.nodeType)?.inputs.find((p) => p.name === c.targetHandle);
  if (!out || !input) {
    return 'unknown_port';
  }
  if (out.dataType !== input.dataType) {
    return 'port_type_mismatch';
  }
  const into = edges.filter((e) => e.target === c.target && e.targetHandle === c.targetHandle);
  if (into.some((e) => e.source === c.source && e.sourceHandle === c.sourceHandle)) {
    return 'duplicate_edge';
  }
  if (!input.multiple && into.length > 0) {
    return 'port_multiplicity';
  }
  return null;
}
