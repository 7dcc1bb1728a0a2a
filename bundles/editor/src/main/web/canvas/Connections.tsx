import { useState } from 'react';
import type { NodeType } from '../api/types';
import { t } from '../strings';
import { edgeId, type FlowEdge, type FlowNode } from './graph';
import { refusal } from './ports';

/**
 * The selected node's connections as a form: what it is connected to (each removable), and a list of every port it
 * may be connected to now, by the same rules as drawing. The keyboard way to wire a graph, and a readable one.
 */
export function Connections(props: {
  node: FlowNode;
  nodes: FlowNode[];
  edges: FlowEdge[];
  types: Map<string, NodeType>;
  onChange: (edges: FlowEdge[]) => void;
}) {
  const { node, nodes, edges, types } = props;
  const [choice, setChoice] = useState('');
  const label = (id: string) => nodes.find((n) => n.id === id)?.data.label ?? id;
  const options: FlowEdge[] = [];
  for (const out of types.get(node.data.nodeType)?.outputs ?? []) {
    for (const other of nodes) {
      for (const input of types.get(other.data.nodeType)?.inputs ?? []) {
        const c = { source: node.id, sourceHandle: out.name, target: other.id, targetHandle: input.name };
        if (refusal(c, nodes, edges, types) === null) {
          options.push({ id: edgeId(node.id, out.name, other.id, input.name), ...c });
        }
      }
    }
  }
  const mine = edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <section className="connections" aria-label={t('connections')}>
      <h3>{t('connections')}</h3>
      <ul className="list">
        {mine.map((e) => (
          <li key={e.id}>
            {label(e.source)}.{e.sourceHandle} → {label(e.target)}.{e.targetHandle}{' '}
            <button type="button" className="small" onClick={() => props.onChange(edges.filter((x) => x.id !== e.id))}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      {options.length > 0 && (
        <div className="form inline">
          <label className="field" htmlFor="connect-to"><span>{t('connectTo')}</span>
            <select id="connect-to" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">—</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>{o.sourceHandle} → {label(o.target)}.{o.targetHandle}</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!choice} onClick={() => {
            const e = options.find((o) => o.id === choice);
            if (e) {
              props.onChange([...edges, e]);
              setChoice('');
            }
          }}>{t('connect')}</button>
        </div>
      )}
    </section>
  );
}
