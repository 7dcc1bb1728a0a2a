import { useState } from 'react';
import type { Role } from '../api/types';
import { navigate } from '../router';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import { Action, ErrorBox, Field, Form, Link, Loading } from '../ui/parts';

const ROLES: Role[] = ['admin', 'editor', 'member'];

/** A unik: its spaces and its members with their roles. */
export function UnikPage({ id }: { id: string }) {
  const platform = usePlatform();
  const unik = useLoad(() => platform.unik(id), [id]);
  const spaces = useLoad(() => platform.spaces(id), [id]);
  const members = useLoad(() => platform.members(id), [id]);
  const [spaceName, setSpaceName] = useState('');
  const [memberId, setMemberId] = useState('');
  const [memberRole, setMemberRole] = useState<Role>('editor');
  const manager = unik.value?.myRole === 'owner' || unik.value?.myRole === 'admin';
  if (unik.error) {
    return <main><ErrorBox error={unik.error} /></main>;
  }
  return (
    <main className="columns">
      <section aria-labelledby="spaces-h">
        <p><Link to={{ name: 'home' }}>← {t('uniks')}</Link></p>
        <h1>{unik.value?.name ?? ''}</h1>
        <h2 id="spaces-h">{t('spaces')}</h2>
        <ErrorBox error={spaces.error} />
        {spaces.loading && !spaces.value ? <Loading /> : (
          <ul className="list" data-testid="spaces">
            {spaces.value?.items.length === 0 && <li className="muted">{t('empty')}</li>}
            {spaces.value?.items.map((s) => (
              <li key={s.id}>
                <Link to={{ name: 'space', unikId: id, spaceId: s.id }}>{s.name}</Link>{' '}
                <Link className="small" to={{ name: 'publish', unikId: id, spaceId: s.id }}>{t('publish')}</Link>
              </li>
            ))}
          </ul>
        )}
        <Form label={t('newSpace')} submit={async () => {
          const s = await platform.createSpace(id, spaceName);
          navigate({ name: 'space', unikId: id, spaceId: s.id });
        }}>
          <Field label={t('name')} name="space-name" value={spaceName} onChange={setSpaceName} required />
        </Form>
      </section>
      <section aria-labelledby="members-h">
        <h2 id="members-h">{t('members')}</h2>
        <ErrorBox error={members.error} />
        <ul className="list">
          {members.value?.map((m) => (
            <li key={m.userId}>
              <code>{m.userId}</code> <span className="badge">{m.role}</span>{' '}
              {manager && m.role !== 'owner' && (
                <Action className="small" label={t('remove')} run={async () => {
                  await platform.removeMember(id, m.userId);
                  members.reload();
                }} />
              )}
            </li>
          ))}
        </ul>
        {manager && (
          <Form label={t('addMember')} submit={async () => {
            await platform.setMember(id, memberId, memberRole);
            setMemberId('');
            members.reload();
          }}>
            <Field label={t('userId')} name="member-id" value={memberId} onChange={setMemberId} required />
            <label className="field" htmlFor="member-role">
              <span>{t('role')}</span>
              <select id="member-role" value={memberRole} onChange={(e) => setMemberRole(e.target.value as Role)}>
                {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </label>
          </Form>
        )}
      </section>
    </main>
  );
}
