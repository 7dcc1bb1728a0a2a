import type { NodeType } from '../api/types';
import { navigate } from '../router';
import { t } from '../strings';
import { SchemaForm } from '../ui/schemaForm';
import type { FlowNode } from './graph';

const LINKS: Record<string, string> = { SpaceLink: 'spaceId', UnikLink: 'unikId', MetaverseLink: 'metaverseId' };

/** The selected node's label and data, the form drawn from its type's data schema. */
export function Inspector(props: {
  node: FlowNode | null;
  type: NodeType | undefined;
  onChange: (label: string, data: Record<string, unknown>) => void;
}) {
  const { node, type } = props;
  if (!node) {
    return <aside className="inspector"><h2>{t('inspector')}</h2><p className="muted">{t('noSelection')}</p></aside>;
  }
  const linkField = LINKS[node.data.nodeType];
  const target = linkField ? node.data.data[linkField] : undefined;
  return (
    <aside className="inspector" aria-label={t('inspector')}>
      <h2>{t('inspector')}: {type?.title ?? node.data.nodeType}</h2>
      <label className="field" htmlFor="node-label">
        <span>{t('name')}</span>
        <input id="node-label" value={node.data.label}
          onChange={(e) => props.onChange(e.target.value, node.data.data)} />
      </label>
      {typeof target === 'string' && target.length > 0 && (
        <button type="button" onClick={() => navigate(node.data.nodeType === 'SpaceLink'
          ? { name: 'space', unikId: '-', spaceId: target }
          : node.data.nodeType === 'UnikLink' ? { name: 'unik', id: target } : { name: 'metaverse', id: target })}>
          {t('openTarget')}
        </button>
      )}
      {node.data.problems.length > 0 && (
        <ul className="problems">{node.data.problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.message}</li>)}</ul>
      )}
      {type?.dataSchema && (
        <SchemaForm key={node.id} id={'node-' + node.id} schema={type.dataSchema} value={node.data.data}
          onChange={(d) => props.onChange(node.data.label, d)} />
      )}
    </aside>
  );
}
