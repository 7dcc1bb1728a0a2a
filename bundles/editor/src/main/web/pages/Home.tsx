import { useState } from 'react';
import { navigate } from '../router';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import { ErrorBox, Field, Form, Link, Loading, VisibilityField } from '../ui/parts';

/** The creator's start page: their uniks (where spaces live) and the metaverses they can see. */
export function Home() {
  const platform = usePlatform();
  const uniks = useLoad(() => platform.uniks(), []);
  const metaverses = useLoad(() => platform.metaverses(), []);
  const [unikName, setUnikName] = useState('');
  const [mvName, setMvName] = useState('');
  const [mvVisibility, setMvVisibility] = useState<'public' | 'private'>('private');
  return (
    <main className="columns">
      <section aria-labelledby="uniks-h">
        <h2 id="uniks-h">{t('uniks')}</h2>
        <ErrorBox error={uniks.error} />
        {uniks.loading && !uniks.value ? <Loading /> : (
          <ul className="list" data-testid="uniks">
            {uniks.value?.items.length === 0 && <li className="muted">{t('empty')}</li>}
            {uniks.value?.items.map((u) => (
              <li key={u.id}>
                <Link to={{ name: 'unik', id: u.id }}>{u.name}</Link> <span className="badge">{u.myRole}</span>
              </li>
            ))}
          </ul>
        )}
        <Form label={t('newUnik')} submit={async () => {
          const u = await platform.createUnik(unikName);
          navigate({ name: 'unik', id: u.id });
        }}>
          <Field label={t('name')} name="unik-name" value={unikName} onChange={setUnikName} required />
        </Form>
      </section>
      <section aria-labelledby="mv-h">
        <h2 id="mv-h">{t('metaverses')}</h2>
        <ErrorBox error={metaverses.error} />
        {metaverses.loading && !metaverses.value ? <Loading /> : (
          <ul className="list" data-testid="metaverses">
            {metaverses.value?.items.length === 0 && <li className="muted">{t('empty')}</li>}
            {metaverses.value?.items.map((m) => (
              <li key={m.id}>
                <Link to={{ name: 'metaverse', id: m.id }}>{m.name}</Link>{' '}
                <span className="badge">{m.visibility === 'public' ? t('public') : t('private')}</span>
              </li>
            ))}
          </ul>
        )}
        <Form label={t('newMetaverse')} submit={async () => {
          const m = await platform.createMetaverse(mvName, '', mvVisibility);
          navigate({ name: 'metaverse', id: m.id });
        }}>
          <Field label={t('name')} name="mv-name" value={mvName} onChange={setMvName} required />
          <VisibilityField id="mv-visibility" value={mvVisibility} onChange={setMvVisibility} />
        </Form>
      </section>
    </main>
  );
}
