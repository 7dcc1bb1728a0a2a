import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ShapeNode as ShapeFlowNode } from './diagram';

/** A diagram shape: rectangle, ellipse, text or group box, with a handle each side to draw arrows between shapes. */
export function ShapeNode({ data, selected }: NodeProps<ShapeFlowNode>) {
  const s = data.shape;
  const style = s.style ?? {};
  const framed = s.kind !== 'text';
  return (
    <div className={`diagram-shape ${s.kind}${selected ? ' selected' : ''}`} data-shape-id={s.id}
      style={{
        background: framed && s.kind !== 'group' ? style.fill ?? '#fff8d6' : 'transparent',
        borderColor: framed ? style.stroke ?? '#8a7a2a' : 'transparent',
        borderWidth: framed ? style.strokeWidth ?? 1 : 0,
        fontSize: style.fontSize ?? 14,
        opacity: style.opacity ?? 1,
      }}>
      <Handle type="target" position={Position.Left} id="in" className="shape-handle" />
      <span>{s.text}</span>
      <Handle type="source" position={Position.Right} id="out" className="shape-handle" />
    </div>
  );
}
