import { t } from '../strings';
import type { Diagram, Layer, Shape, ShapeKind } from './diagram';

/** The diagram layer's tools: add shapes, group, layers (visible, locked, where new shapes go), export and import. */
export function DiagramPanel(props: {
  diagram: Diagram;
  activeLayer: string;
  selectedShapes: string[];
  onAdd: (kind: ShapeKind) => void;
  onGroup: () => void;
  onLayer: (id: string, patch: Partial<Layer> | null) => void;
  onAddLayer: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  return (
    <section className="diagram-panel" aria-label={t('diagram')}>
      <h2>{t('diagram')}</h2>
      <div className="shape-buttons">
        {(['rectangle', 'ellipse', 'text'] as ShapeKind[]).map((k) => (
          <button key={k} type="button" className="small" data-shape-kind={k} onClick={() => props.onAdd(k)}>+ {t(k)}</button>
        ))}
        <button type="button" className="small" disabled={props.selectedShapes.length < 2} onClick={props.onGroup}>
          {t('group')}
        </button>
      </div>
      <p className="muted small-print">{t('arrowHint')}</p>
      <h3>{t('layers')}</h3>
      <ul className="layers">
        {[...props.diagram.layers].sort((a, b) => b.order - a.order).map((l) => (
          <li key={l.id}>
            <label>
              <input type="radio" name="active-layer" checked={l.id === props.activeLayer}
                onChange={() => props.onLayer(l.id, null)} aria-label={`${t('drawOn')} ${l.name}`} />
              {l.name}
            </label>
            <label><input type="checkbox" checked={l.visible} onChange={(e) => props.onLayer(l.id, { visible: e.target.checked })} />
              {t('visible')}</label>
            <label><input type="checkbox" checked={l.locked} onChange={(e) => props.onLayer(l.id, { locked: e.target.checked })} />
              {t('locked')}</label>
          </li>
        ))}
      </ul>
      <div className="shape-buttons">
        <button type="button" className="small" onClick={props.onAddLayer}>+ {t('layer')}</button>
        <button type="button" className="small" onClick={props.onExport}>{t('exportDiagram')}</button>
        <label className="file-button small">
          {t('importDiagram')}
          <input type="file" accept="application/json,.json" aria-label={t('importDiagram')}
            onChange={(e) => e.target.files?.[0] && props.onImport(e.target.files[0])} />
        </label>
      </div>
    </section>
  );
}

/** A selected shape's text, colours, layer and anchor. */
export function ShapeInspector(props: {
  shape: Shape;
  diagram: Diagram;
  nodes: { id: string; label: string }[];
  onChange: (patch: Partial<Shape>) => void;
  onDelete: () => void;
}) {
  const s = props.shape;
  return (
    <aside className="inspector" aria-label={t('inspector')}>
      <h2>{t('inspector')}: {t(s.kind)}</h2>
      <label className="field" htmlFor="shape-text"><span>{t('text')}</span>
        <textarea id="shape-text" value={s.text ?? ''} onChange={(e) => props.onChange({ text: e.target.value })} />
      </label>
      {s.kind !== 'text' && (
        <label className="field" htmlFor="shape-fill"><span>{t('fill')}</span>
          <input id="shape-fill" type="color" value={s.style?.fill ?? '#fff8d6'}
            onChange={(e) => props.onChange({ style: { ...s.style, fill: e.target.value } })} />
        </label>
      )}
      <label className="field" htmlFor="shape-layer"><span>{t('layer')}</span>
        <select id="shape-layer" value={s.layerId} onChange={(e) => props.onChange({ layerId: e.target.value })}>
          {props.diagram.layers.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      {s.kind !== 'line' && s.kind !== 'arrow' && (
        <label className="field" htmlFor="shape-anchor"><span>{t('anchor')}</span>
          <select id="shape-anchor" value={s.anchorNodeId ?? ''}
            onChange={(e) => props.onChange({ anchorNodeId: e.target.value || undefined })}>
            <option value="">—</option>
            {props.nodes.map((n) => <option key={n.id} value={n.id}>{n.label} ({n.id})</option>)}
          </select>
        </label>
      )}
      <button type="button" onClick={props.onDelete}>{t('delete')}</button>
    </aside>
  );
}
