import { Handle, Position, type NodeProps } from '@xyflow/react';
import { createContext, useContext } from 'react';
import type { NodeType } from '../api/types';
import type { FlowNode } from './graph';

/** Node types by name, for the node component to draw ports without each node carrying them. */
export const TypesContext = createContext<Map<string, NodeType>>(new Map());

/** A UPDL node: title, label, typed ports (input left, output right), problems marked. */
export function UpdlNode({ data, selected }: NodeProps<FlowNode>) {
  const type = useContext(TypesContext).get(data.nodeType);
  const bad = data.problems.length > 0;
  return (
    <div className={'updl-node' + (selected ? ' selected' : '') + (bad ? ' invalid' : '')}
      data-node-type={data.nodeType} title={bad ? data.problems.map((p) => p.message).join('\n') : undefined}>
      <Handle type="target" position={Position.Top} id="anchor" className="anchor-handle" isConnectable={false} />
      <div className="updl-node-head">
        <span className="updl-node-type">{type?.title ?? data.nodeType}</span>
        {bad && <span className="updl-node-bad" aria-label={`${data.problems.length} problems`}>!</span>}
      </div>
      <div className="updl-node-label">{data.label}</div>
      <div className="updl-node-ports">
        <div>
          {type?.inputs.map((p) => (
            <div key={p.name} className="port in">
              <Handle type="target" position={Position.Left} id={p.name} className={'dt-' + p.dataType} />
              <span>{p.name}</span>
            </div>
          ))}
        </div>
        <div>
          {type?.outputs.map((p) => (
            <div key={p.name} className="port out">
              <span>{p.name}</span>
              <Handle type="source" position={Position.Right} id={p.name} className={'dt-' + p.dataType} />
            </div>
          ))}
        </div>
      </div>
      {bad && <ul className="updl-node-problems">{data.problems.slice(0, 3).map((p, i) => <li key={i}>{p.message}</li>)}</ul>}
    </div>
  );
}
