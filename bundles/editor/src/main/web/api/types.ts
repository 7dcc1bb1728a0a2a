/* Shapes of the platform API as the editor reads them (the server's records; see docs/worlds.md, docs/publishing.md). */

export type Role = 'owner' | 'admin' | 'editor' | 'member';

export interface User {
  id: string;
  email: string;
  displayName?: string | null;
  roles: string[];
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface Metaverse {
  id: string;
  name: string;
  description?: string | null;
  visibility: 'public' | 'private';
  ownerId: string;
  myRole?: Role | null;
}

export interface MetaverseLink {
  id: string;
  kind: 'child' | 'partner';
  sourceId: string;
  targetId: string;
}

export interface Overview {
  metaverse: Metaverse;
  links: MetaverseLink[];
  spaces: Space[];
  memberCounts: Record<string, number>;
}

export interface Unik {
  id: string;
  name: string;
  description?: string | null;
  ownerId: string;
  myRole?: Role | null;
}

export interface Member {
  userId: string;
  role: Role;
  createdAt: string;
}

export interface Space {
  id: string;
  unikId: string;
  name: string;
  description?: string | null;
  updatedAt?: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface GraphNode {
  id: string;
  type: string;
  position: Position;
  data: Record<string, unknown>;
  label?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
  targetPort: string;
}

export interface Canvas {
  id: string;
  name: string;
  order: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  viewport?: { x: number; y: number; zoom: number };
  diagram?: unknown;
}

export interface SpaceGraph {
  canvases: Canvas[];
}

export interface Draft {
  spaceId: string;
  revision: number;
  graph: SpaceGraph;
  updatedAt?: string;
}

export interface SpaceVersion {
  spaceId: string;
  version: number;
  label?: string | null;
  comment?: string | null;
  createdBy: string;
  createdAt: string;
  graph?: SpaceGraph;
}

export interface Problem {
  canvasId?: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
  code: string;
  message: string;
}

export interface Port {
  name: string;
  dataType: string;
  multiple: boolean;
}

export interface NodeType {
  type: string;
  category: string;
  title: string;
  description?: string;
  inputs: Port[];
  outputs: Port[];
  dataSchema?: Record<string, unknown> | null;
}

export interface TemplateManifest {
  id: string;
  name: string;
  version: string;
  target: string;
  description?: string;
  nodeTypes: string[];
  engines?: Record<string, string>;
}

export interface TemplateInfo {
  manifest: TemplateManifest;
  settingsSchema: Record<string, unknown>;
}

export type BuildStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface BuildJob {
  id: string;
  status: BuildStatus;
  spaceId: string;
  spaceVersion: number;
  templateId: string;
  templateVersion: string;
  profile: string;
  inputHash: string;
  cached: boolean;
  error?: string | null;
  createdAt: string;
}

export interface BuildLog {
  jobId: string;
  lines: { seq: number; at: string; message: string }[];
  next: number;
  done: boolean;
}

export interface Publication {
  id: string;
  slug: string;
  spaceId: string;
  name: string;
  visibility: 'public' | 'private';
  activeVersion?: number | null;
  url: string;
}

export interface PublicationVersion {
  number: number;
  status: 'draft' | 'prerelease' | 'release' | 'deprecated';
  active: boolean;
  artifactHash: string;
  buildId: string;
  templateId: string;
  templateVersion: string;
  spaceVersion: number;
  label?: string | null;
  url: string;
  createdAt: string;
}

export interface PreviewLink {
  url: string;
  version: number;
  expiresAt: string;
}
