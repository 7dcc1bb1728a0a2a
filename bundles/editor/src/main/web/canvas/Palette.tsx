import type { NodeType } from '../api/types';
import { t } from '../strings';

/** Node types from the registry, by category; a click adds one to the canvas. */
export function Palette({ types, onAdd }: { types: NodeType[]; onAdd: (type: NodeType) => void }) {
  const categories = [...new Set(types.map((x) => x.category))].sort();
  return (
    <nav className="palette" aria-label={t('palette')}>
      <h2>{t('palette')}</h2>
      {categories.map((c) => (
        <div key={c}>
          <h3>{c}</h3>
          <ul>
            {types.filter((x) => x.category === c).map((x) => (
              <li key={x.type}>
                <button type="button" className="palette-item" data-type={x.type} title={x.description}
                  onClick={() => onAdd(x)}>
                  + {x.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
