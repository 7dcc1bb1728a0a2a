import { useState } from 'react';
import type { BuildJob, Publication, PublicationVersion } from '../api/types';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import { Action, ErrorBox, Field, Form, VisibilityField } from '../ui/parts';

/** The space's publication: create it, publish a succeeded build as a version, activate, roll back, share a preview. */
export function PublicationPanel({ spaceId, spaceName, build }: { spaceId: string; spaceName: string; build: BuildJob | null }) {
  const platform = usePlatform();
  const pubs = useLoad(() => platform.publications(), [spaceId]);
  const pub = pubs.value?.find((p) => p.spaceId === spaceId) ?? null;
  const [slug, setSlug] = useState(spaceName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').padEnd(3, '0'));
  const [visibility, setVisibility] = useState<'public' | 'private'>('public');
  if (pubs.error) {
    return <ErrorBox error={pubs.error} />;
  }
  if (!pub) {
    return (
      <section aria-label={t('publication')}>
        <h2>{t('publication')}</h2>
        <Form label={t('createPublication')} submit={async () => {
          await platform.createPublication(spaceId, slug, spaceName, visibility);
          pubs.reload();
        }}>
          <Field label={t('slug')} name="slug" value={slug} onChange={setSlug} required />
          <VisibilityField id="pub-visibility" value={visibility} onChange={setVisibility} />
        </Form>
      </section>
    );
  }
  return <Versions pub={pub} build={build} reload={pubs.reload} />;
}

function Versions({ pub, build, reload }: { pub: Publication; build: BuildJob | null; reload: () => void }) {
  const platform = usePlatform();
  const versions = useLoad(() => platform.publicationVersions(pub.id), [pub.id, pub.activeVersion]);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<'release' | 'prerelease'>('release');
  const [copied, setCopied] = useState<number | null>(null);
  const [comparison, setComparison] = useState<string[] | null>(null);
  const compare = async (v: PublicationVersion) => {
    const before = versions.value?.find((x) => x.number === v.number - 1);
    if (before) {
      const space = before.spaceVersion === v.spaceVersion ? null
        : await platform.diff(pub.spaceId, before.spaceVersion, v.spaceVersion);
      setComparison(versionChanges(before, v, space?.operations.length ?? 0));
    }
  };
  const absolute = (url: string) => new URL(url, location.origin).toString();
  return (
    <section aria-label={t('publication')}>
      <h2>{t('publication')}: {pub.name}</h2>
      <p>
        <a href={pub.url} target="_blank" rel="noopener" data-testid="app-link">{absolute(pub.url)}</a>
        {pub.activeVersion ? <>
          {' '}
          <button type="button" data-testid="play" onClick={async () => {
            // opened first, filled in after: a window opened after an await is a pop-up the browser blocks
            const tab = window.open('about:blank', '_blank');
            const { code } = await platform.handoff();
            if (tab) {
              tab.opener = null;
              tab.location.href = `${absolute(pub.url)}#handoff=${encodeURIComponent(code)}`;
            }
          }}>{t('play')}</button>
        </> : null}
        {pub.activeVersion ? <> · {t('active')} v{pub.activeVersion}</> : null}
      </p>
      {build?.status === 'succeeded' && (
        <Form label={t('publishBuild')} className="form inline" submit={async () => {
          const v = await platform.addPublicationVersion(pub.id, build.id, status, label);
          if (status === 'release') {
            await platform.activate(pub.id, v.number);
          }
          setLabel('');
          reload();
          versions.reload();
        }}>
          <Field label={t('versionLabel')} name="pub-label" value={label} onChange={setLabel} />
          <label className="field" htmlFor="pub-status">
            <span>{t('status')}</span>
            <select id="pub-status" value={status} onChange={(e) => setStatus(e.target.value as 'release' | 'prerelease')}>
              <option value="release">{t('release')}</option>
              <option value="prerelease">{t('prerelease')}</option>
            </select>
          </label>
        </Form>
      )}
      <h3>{t('publicationVersions')}</h3>
      <ErrorBox error={versions.error} />
      <table className="table" data-testid="publication-versions">
        <tbody>
          {versions.value?.map((v) => (
            <tr key={v.number} className={v.active ? 'active' : undefined}>
              <td>v{v.number}{v.active && <strong> ({t('active')})</strong>}</td>
              <td>{v.status}</td>
              <td>{v.label}</td>
              <td>{v.templateId} {v.templateVersion} · space v{v.spaceVersion}</td>
              <td>
                {v.status === 'release' && !v.active && (
                  <Action className="small" label={t('activate')} run={async () => {
                    await platform.activate(pub.id, v.number);
                    reload();
                  }} />
                )}
                {v.number > 1 && <Action className="small" label={t('compare')} run={() => compare(v)} />}
                <Action className="small" label={copied === v.number ? t('copied') : t('copyPreview')} run={async () => {
                  const link = await platform.previewLink(pub.id, v.number);
                  await navigator.clipboard?.writeText(absolute(link.url)).catch(() => undefined);
                  setCopied(v.number);
                }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison && (
        <ul className="comparison" aria-label={t('compare')} data-testid="publication-comparison">
          {comparison.map((c) => <li key={c}>{c}</li>)}
        </ul>
      )}
      <Action label={t('rollback')} disabled={!pub.activeVersion} run={async () => {
        await platform.rollback(pub.id);
        reload();
      }} />
    </section>
  );
}

/** What differs between two published versions, in words: template, space version (with its edit count), label. */
export function versionChanges(a: PublicationVersion, b: PublicationVersion, spaceEdits: number): string[] {
  const out: string[] = [`v${a.number} → v${b.number}`];
  if (a.templateId !== b.templateId || a.templateVersion !== b.templateVersion) {
    out.push(`template: ${a.templateId} ${a.templateVersion} → ${b.templateId} ${b.templateVersion}`);
  }
  if (a.spaceVersion !== b.spaceVersion) {
    out.push(`space: v${a.spaceVersion} → v${b.spaceVersion} (${spaceEdits} changes)`);
  }
  if (a.status !== b.status) {
    out.push(`status: ${a.status} → ${b.status}`);
  }
  if ((a.label ?? '') !== (b.label ?? '')) {
    out.push(`label: ${a.label ?? '—'} → ${b.label ?? '—'}`);
  }
  out.push(a.artifactHash === b.artifactHash ? 'same app files' : 'different app files');
  return out;
}
