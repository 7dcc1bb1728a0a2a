import { useState } from 'react';
import type { SpaceVersion } from '../api/types';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import { ErrorBox, Form, Field } from '../ui/parts';

/** A space's versions: make one from the saved draft, compare one with the one before, restore one as the draft. */
export function Versions(props: { spaceId: string; beforeVersion: () => Promise<void>; onRestored: () => void }) {
  const platform = usePlatform();
  const versions = useLoad(() => platform.versions(props.spaceId), [props.spaceId]);
  const [label, setLabel] = useState('');
  const [diff, setDiff] = useState<{ v: number; text: string } | null>(null);
  const compare = async (v: SpaceVersion) => {
    const d = await platform.diff(props.spaceId, v.version - 1, v.version);
    setDiff({ v: v.version, text: JSON.stringify(d.changes, null, 1) });
  };
  return (
    <section className="versions" aria-label={t('versions')}>
      <h2>{t('versions')}</h2>
      <Form label={t('makeVersion')} className="form inline" submit={async () => {
        await props.beforeVersion();
        await platform.makeVersion(props.spaceId, label);
        setLabel('');
        versions.reload();
      }}>
        <Field label={t('versionLabel')} name="version-label" value={label} onChange={setLabel} />
      </Form>
      <ErrorBox error={versions.error} />
      <ol className="list" data-testid="versions">
        {versions.value?.items.map((v) => (
          <li key={v.version}>
            <strong>v{v.version}</strong> {v.label} <small className="muted">{new Date(v.createdAt).toLocaleString()}</small>
            {' '}
            {v.version > 1 && <button type="button" className="small" onClick={() => void compare(v)}>{t('compare')}</button>}
            <button type="button" className="small" onClick={async () => {
              await platform.restore(props.spaceId, v.version);
              props.onRestored();
            }}>{t('restore')}</button>
          </li>
        ))}
      </ol>
      {diff && <pre className="diff" aria-label={`v${diff.v}`}>{diff.text}</pre>}
    </section>
  );
}
