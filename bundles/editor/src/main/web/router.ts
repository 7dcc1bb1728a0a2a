import { useEffect, useState } from 'react';

/** The editor lives under /editor/; routes are paths below it. */
export const ROOT = '/editor';

export type Route =
  | { name: 'signin' }
  | { name: 'signup' }
  | { name: 'home' }
  | { name: 'metaverse'; id: string }
  | { name: 'unik'; id: string }
  | { name: 'space'; unikId: string; spaceId: string; canvasId?: string }
  | { name: 'publish'; unikId: string; spaceId: string }
  | { name: 'notfound'; path: string };

const PATTERNS: [RegExp, (m: string[]) => Route][] = [
  [/^\/?$/, () => ({ name: 'home' })],
  [/^\/signin$/, () => ({ name: 'signin' })],
  [/^\/signup$/, () => ({ name: 'signup' })],
  [/^\/metaverses\/([^/]+)$/, (m) => ({ name: 'metaverse', id: m[1] })],
  [/^\/uniks\/([^/]+)$/, (m) => ({ name: 'unik', id: m[1] })],
  [/^\/uniks\/([^/]+)\/spaces\/([^/]+)$/, (m) => ({ name: 'space', unikId: m[1], spaceId: m[2] })],
  [/^\/uniks\/([^/]+)\/spaces\/([^/]+)\/canvases\/([^/]+)$/,
    (m) => ({ name: 'space', unikId: m[1], spaceId: m[2], canvasId: m[3] })],
  [/^\/uniks\/([^/]+)\/spaces\/([^/]+)\/publish$/, (m) => ({ name: 'publish', unikId: m[1], spaceId: m[2] })],
];

/** The route of a path below {@link ROOT}; path segments are decoded. */
export function match(path: string): Route {
  const local = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(local);
    if (m) {
      return make(m.map((s, i) => (i === 0 ? s : decodeURIComponent(s))));
    }
  }
  return { name: 'notfound', path: local };
}

/** The path of a route, the inverse of {@link match}. */
export function href(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return ROOT + '/';
    case 'signin':
    case 'signup':
      return `${ROOT}/${route.name}`;
    case 'metaverse':
      return `${ROOT}/metaverses/${e(route.id)}`;
    case 'unik':
      return `${ROOT}/uniks/${e(route.id)}`;
    case 'space':
      return `${ROOT}/uniks/${e(route.unikId)}/spaces/${e(route.spaceId)}`
        + (route.canvasId ? `/canvases/${e(route.canvasId)}` : '');
    case 'publish':
      return `${ROOT}/uniks/${e(route.unikId)}/spaces/${e(route.spaceId)}/publish`;
    case 'notfound':
      return ROOT + route.path;
  }
}

export function navigate(route: Route, replace = false): void {
  const url = href(route);
  if (replace) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => match(location.pathname));
  useEffect(() => {
    const on = () => setRoute(match(location.pathname));
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return route;
}
