import { useState } from 'react';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import type { Metaverse } from '../api/types';
import { ErrorBox, Field, Form, Link, Loading, VisibilityField } from '../ui/parts';

/** A metaverse's overview: its links to other metaverses (child/partner) and the spaces listed in it. */
export function MetaversePage({ id }: { id: string }) {
  const platform = usePlatform();
  const overview = useLoad(() => platform.overview(id), [id]);
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<'child' | 'partner'>('child');
  const [spaceId, setSpaceId] = useState('');
  const o = overview.value;
  const canEdit = o?.metaverse.myRole === 'owner' || o?.metaverse.myRole === 'admin' || o?.metaverse.myRole === 'editor';
  return (
    <main className="columns">
      <section>
        <p><Link to={{ name: 'home' }}>← {t('metaverses')}</Link></p>
        <ErrorBox error={overview.error} />
        {!o ? <Loading /> : (
          <>
            <h1>{o.metaverse.name}</h1>
            <p className="muted">{o.metaverse.description}</p>
            <h2>{t('spaces')}</h2>
            <ul className="list">
              {o.spaces.length === 0 && <li className="muted">{t('empty')}</li>}
              {o.spaces.map((s) => (
                <li key={s.id}><Link to={{ name: 'space', unikId: s.unikId, spaceId: s.id }}>{s.name}</Link></li>
              ))}
            </ul>
            {(o.metaverse.myRole === 'owner' || o.metaverse.myRole === 'admin') && (
              <EditMetaverse key={o.metaverse.id + o.metaverse.name} m={o.metaverse} saved={overview.reload} />
            )}
            {canEdit && (
              <Form label={t('listSpace')} submit={async () => {
                await platform.listSpace(id, spaceId);
                setSpaceId('');
                overview.reload();
              }}>
                <Field label={t('listSpace')} name="list-space" value={spaceId} onChange={setSpaceId} required />
              </Form>
            )}
          </>
        )}
      </section>
      <section>
        <h2>{t('links')}</h2>
        <ul className="list">
          {o?.links.length === 0 && <li className="muted">{t('empty')}</li>}
          {o?.links.map((l) => (
            <li key={l.id}>
              <span className="badge">{l.kind}</span>{' '}
              <Link to={{ name: 'metaverse', id: l.sourceId === id ? l.targetId : l.sourceId }}>
                {l.sourceId === id ? l.targetId : l.sourceId}
              </Link>
            </li>
          ))}
        </ul>
        {canEdit && (
          <Form label={t('addLink')} submit={async () => {
            await platform.link(id, target, kind);
            setTarget('');
            overview.reload();
          }}>
            <Field label={t('linkTarget')} name="link-target" value={target} onChange={setTarget} required />
            <label className="field" htmlFor="link-kind">
              <span>{t('linkKind')}</span>
              <select id="link-kind" value={kind} onChange={(e) => setKind(e.target.value as 'child' | 'partner')}>
                <option value="child">child</option>
                <option value="partner">partner</option>
              </select>
            </label>
          </Form>
        )}
      </section>
    </main>
  );
}

function EditMetaverse({ m, saved }: { m: Metaverse; saved: () => void }) {
  const platform = usePlatform();
  const [name, setName] = useState(m.name);
  const [description, setDescription] = useState(m.description ?? '');
  const [visibility, setVisibility] = useState(m.visibility);
  return (
    <details>
      <summary>{t('edit')}</summary>
      <Form label={t('save')} submit={async () => {
        await platform.patchMetaverse(m.id, { name, description, visibility });
        saved();
      }}>
        <Field label={t('name')} name="mv-edit-name" value={name} onChange={setName} required />
        <Field label={t('description')} name="mv-edit-description" value={description} onChange={setDescription} />
        <VisibilityField id="mv-edit-visibility" value={visibility} onChange={setVisibility} />
      </Form>
    </details>
  );
}
