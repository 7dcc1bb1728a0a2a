import { useEffect, useState } from 'react';
import { ApiError } from '../api/errors';
import type { BuildJob, TemplateInfo } from '../api/types';
import { usePlatform } from '../session';
import { t } from '../strings';
import { asApiError, useLoad } from '../ui/hooks';
import { ErrorBox, Link, Loading } from '../ui/parts';
import { SchemaForm } from '../ui/schemaForm';
import { BuildWatch } from './BuildWatch';
import { PublicationPanel } from './PublicationPanel';
import { useTemplates } from './useTemplates';

const PROFILES = ['dev', 'stage', 'prod'];

/** Publish a space: template from the registry, settings form from its schema, build, watch, preview, publish. */
export function PublishPage({ unikId, spaceId }: { unikId: string; spaceId: string }) {
  const platform = usePlatform();
  const space = useLoad(() => platform.space(unikId, spaceId), [unikId, spaceId]);
  const versions = useLoad(() => platform.versions(spaceId), [spaceId]);
  const templates = useTemplates(platform);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [settings, setSettings] = useState<Record<string, unknown>>({});
  const [profile, setProfile] = useState('dev');
  const [version, setVersion] = useState<number | null>(null);
  const [job, setJob] = useState<BuildJob | null>(null);
  const [finished, setFinished] = useState<BuildJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);

  const chosen: TemplateInfo | undefined = templates?.find((x) => x.manifest.id === templateId);
  useEffect(() => {
    if (templateId && templates && !chosen) {
      setTemplateId(null); // the template was uninstalled while the page was open
    }
  }, [templates, templateId, chosen]);
  useEffect(() => {
    if (version === null && versions.value?.items.length) {
      setVersion(versions.value.items[0].version);
    }
  }, [versions.value, version]);

  const run = async (what: 'build' | 'preview') => {
    if (!chosen || version === null) {
      return;
    }
    setError(null);
    try {
      if (what === 'build') {
        setFinished(null);
        setJob(await platform.build(spaceId, version, chosen.manifest.id, settings, profile));
      } else {
        setPreviewUrl((await platform.preview(spaceId, version, chosen.manifest.id, settings, profile)).url);
      }
    } catch (e) {
      setError(asApiError(e));
    }
  };

  if (space.error) {
    return <main><ErrorBox error={space.error} /></main>;
  }
  return (
    <main className="publish">
      <p><Link to={{ name: 'space', unikId, spaceId }}>← {space.value?.name ?? ''}</Link></p>
      <h1>{t('publish')}: {space.value?.name}</h1>
      <div className="columns">
        <section aria-labelledby="tpl-h">
          <h2 id="tpl-h">{t('template')}</h2>
          {templates === null ? <Loading /> : templates.length === 0 ? <p>{t('noTemplates')}</p> : (
            <div role="radiogroup" aria-labelledby="tpl-h" className="templates" data-testid="templates">
              {templates.map((x) => (
                <label key={x.manifest.id} className={'template-card' + (x.manifest.id === templateId ? ' chosen' : '')}>
                  <input type="radio" name="template" value={x.manifest.id} checked={x.manifest.id === templateId}
                    onChange={() => {
                      setTemplateId(x.manifest.id);
                      setSettings({});
                      setError(null);
                    }} />
                  <strong>{x.manifest.name}</strong> <small>{x.manifest.version} · {x.manifest.target}</small>
                  {x.manifest.description && <span className="muted">{x.manifest.description}</span>}
                </label>
              ))}
            </div>
          )}
          <label className="field" htmlFor="space-version">
            <span>{t('spaceVersion')}</span>
            <select id="space-version" value={version ?? ''} onChange={(e) => setVersion(Number(e.target.value))}>
              {versions.value?.items.map((v) => <option key={v.version} value={v.version}>v{v.version} {v.label}</option>)}
            </select>
          </label>
          <label className="field" htmlFor="profile">
            <span>{t('profile')}</span>
            <select id="profile" value={profile} onChange={(e) => setProfile(e.target.value)}>
              {PROFILES.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
        </section>
        <section aria-labelledby="settings-h">
          <h2 id="settings-h">{t('settings')}</h2>
          {chosen && (
            <div data-testid="settings-form">
              <SchemaForm key={chosen.manifest.id + chosen.manifest.version} id="settings" schema={chosen.settingsSchema}
                value={settings} onChange={setSettings} serverErrors={error?.fieldErrors()} errorPrefix="/settings" />
            </div>
          )}
          <div className="buttons">
            <button type="button" disabled={!chosen || version === null} onClick={() => void run('build')}>{t('build')}</button>
            <button type="button" disabled={!chosen || version === null} onClick={() => void run('preview')}>{t('preview')}</button>
          </div>
          <ErrorBox error={error} />
          {job && <BuildWatch key={job.id} job={job} onDone={setFinished} />}
          {previewUrl && (
            <p><a href={previewUrl} target="_blank" rel="noopener" data-testid="preview-link">{t('preview')}</a></p>
          )}
        </section>
      </div>
      {space.value && <PublicationPanel spaceId={spaceId} spaceName={space.value.name} build={finished} />}
    </main>
  );
}
