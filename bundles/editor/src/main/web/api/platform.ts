import { t } from '../strings';
import { ApiError } from './errors';
import { Http } from './http';
import type {
  BuildJob, BuildLog, Draft, Member, Metaverse, MetaverseLink, NodeType, Overview, Page, PreviewLink, Publication,
  PublicationVersion, Role, Space, SpaceGraph, SpaceVersion, TemplateInfo, TokenPair, Unik, User,
} from './types';

const q = encodeURIComponent;

/** Every route the editor uses, typed. One instance per page, sharing the signed-in {@link Http}. */
export class Platform {
  constructor(readonly http: Http) {}

  /**
   * Registers and signs in. Registration answers alike whether the email had an account (so it tells nobody who
   * has one); when it had, signing in with this password fails, and the user is told to sign in instead.
   */
  async register(email: string, password: string, displayName?: string): Promise<TokenPair> {
    await this.http.post<{ accepted: boolean }>('/auth/register', { email, password, displayName });
    try {
      return await this.login(email, password);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        throw new ApiError(409, { code: 'account_exists', message: t('accountExists') });
      }
      throw e;
    }
  }
  login(email: string, password: string) {
    return this.http.post<TokenPair>('/auth/login', { email, password });
  }
  logout() {
    return this.http.post<void>('/auth/logout');
  }
  me() {
    return this.http.get<User>('/auth/me');
  }
  /** A one-time code that opens a published app signed in as this user (put it in the URL fragment, #handoff=). */
  handoff() {
    return this.http.post<{ code: string; expiresIn: number }>('/auth/handoff');
  }

  metaverses(offset = 0, limit = 50) {
    return this.http.get<Page<Metaverse>>(`/metaverses?offset=${offset}&limit=${limit}`);
  }
  createMetaverse(name: string, description: string, visibility: 'public' | 'private') {
    return this.http.post<Metaverse>('/metaverses', { name, description, visibility });
  }
  patchMetaverse(id: string, patch: Partial<Pick<Metaverse, 'name' | 'description' | 'visibility'>>) {
    return this.http.patch<Metaverse>(`/metaverses/${q(id)}`, patch);
  }
  overview(id: string) {
    return this.http.get<Overview>(`/metaverses/${q(id)}/overview`);
  }
  link(id: string, targetId: string, kind: 'child' | 'partner') {
    return this.http.post<MetaverseLink>(`/metaverses/${q(id)}/links`, { targetId, kind });
  }
  unlink(id: string, linkId: string) {
    return this.http.del(`/metaverses/${q(id)}/links/${q(linkId)}`);
  }
  listSpace(id: string, spaceId: string) {
    return this.http.post<void>(`/metaverses/${q(id)}/spaces`, { spaceId });
  }

  uniks(offset = 0, limit = 50) {
    return this.http.get<Page<Unik>>(`/uniks?offset=${offset}&limit=${limit}`);
  }
  unik(id: string) {
    return this.http.get<Unik>(`/uniks/${q(id)}`);
  }
  createUnik(name: string, description = '') {
    return this.http.post<Unik>('/uniks', { name, description });
  }
  members(unikId: string) {
    return this.http.get<Member[]>(`/uniks/${q(unikId)}/members`);
  }
  setMember(unikId: string, userId: string, role: Role) {
    return this.http.put<void>(`/uniks/${q(unikId)}/members/${q(userId)}`, { role });
  }
  removeMember(unikId: string, userId: string) {
    return this.http.del(`/uniks/${q(unikId)}/members/${q(userId)}`);
  }
  spaces(unikId: string, offset = 0, limit = 100) {
    return this.http.get<Page<Space>>(`/uniks/${q(unikId)}/spaces?offset=${offset}&limit=${limit}`);
  }
  space(unikId: string, spaceId: string) {
    return this.http.get<Space>(`/uniks/${q(unikId)}/spaces/${q(spaceId)}`);
  }
  createSpace(unikId: string, name: string, description = '') {
    return this.http.post<Space>(`/uniks/${q(unikId)}/spaces`, { name, description });
  }

  draft(spaceId: string) {
    return this.http.get<Draft>(`/spaces/${q(spaceId)}/draft`);
  }
  saveDraft(spaceId: string, revision: number, graph: SpaceGraph) {
    return this.http.put<Draft>(`/spaces/${q(spaceId)}/draft`, { revision, graph });
  }
  versions(spaceId: string) {
    return this.http.get<Page<SpaceVersion>>(`/spaces/${q(spaceId)}/versions?limit=100`);
  }
  makeVersion(spaceId: string, label: string, comment = '') {
    return this.http.post<SpaceVersion>(`/spaces/${q(spaceId)}/versions`, { label, comment });
  }
  restore(spaceId: string, version: number) {
    return this.http.post<Draft>(`/spaces/${q(spaceId)}/versions/${version}/restore`);
  }
  diff(spaceId: string, from: number, to: number) {
    return this.http.get<{ changes: unknown; operations: unknown[] }>(`/spaces/${q(spaceId)}/diff?from=${from}&to=${to}`);
  }
  /** Adds a canvas exported by the upstream editor to the draft last saved at {@code revision}. */
  importUpstream(spaceId: string, revision: number, name: string, canvas: unknown) {
    return this.http.post<Draft>(`/spaces/${q(spaceId)}/canvases/upstream`, { revision, name, canvas });
  }

  nodeTypes() {
    return this.http.get<{ revision: number; items: NodeType[] }>('/updl/node-types');
  }

  /** The installed templates; undefined when {@code revision} (the one the caller has) is still current. */
  templates(revision?: number) {
    return this.http.call<{ revision: number; items: TemplateInfo[] } | undefined>('GET', '/templates', undefined,
      revision === undefined ? {} : { 'If-None-Match': `"templates-${revision}"` });
  }
  build(spaceId: string, version: number, templateId: string, settings: unknown, profile: string) {
    return this.http.post<BuildJob>('/builds', { spaceId, version, templateId, settings, profile });
  }
  job(id: string) {
    return this.http.get<BuildJob>(`/builds/${q(id)}`);
  }
  jobs(spaceId: string) {
    return this.http.get<BuildJob[]>(`/builds?spaceId=${q(spaceId)}&limit=20`);
  }
  logs(id: string, after: number, wait = 10) {
    return this.http.get<BuildLog>(`/builds/${q(id)}/logs?after=${after}&wait=${wait}`);
  }
  cancel(id: string) {
    return this.http.post<BuildJob>(`/builds/${q(id)}/cancel`);
  }
  /** An unsaved app generated in the request (no job), served for a while under an expiring token. */
  preview(spaceId: string, version: number, templateId: string, settings: unknown, profile: string) {
    return this.http.post<{ url: string; expiresAt: string; files: number; bytes: number }>('/builds/preview',
      { spaceId, version, templateId, settings, profile });
  }

  publications() {
    return this.http.get<Publication[]>('/publications?limit=100');
  }
  createPublication(spaceId: string, slug: string, name: string, visibility: 'public' | 'private') {
    return this.http.post<Publication>('/publications', { spaceId, slug, name, visibility });
  }
  publicationVersions(id: string) {
    return this.http.get<PublicationVersion[]>(`/publications/${q(id)}/versions`);
  }
  addPublicationVersion(id: string, buildId: string, status: string, label: string) {
    return this.http.post<PublicationVersion>(`/publications/${q(id)}/versions`, { buildId, status, label });
  }
  activate(id: string, version: number) {
    return this.http.post<Publication>(`/publications/${q(id)}/activate`, { version });
  }
  rollback(id: string) {
    return this.http.post<Publication>(`/publications/${q(id)}/rollback`);
  }
  previewLink(id: string, version: number) {
    return this.http.post<PreviewLink>(`/publications/${q(id)}/versions/${version}/preview-links`, {});
  }
}
