import { useEffect, useMemo, useState } from 'react';
import { Http, LocalTokenStore } from './api/http';
import { Platform } from './api/platform';
import type { User } from './api/types';
import { SpaceEditor } from './canvas/SpaceEditor';
import { Home } from './pages/Home';
import { MetaversePage } from './pages/MetaversePage';
import { SignIn, SignUp } from './pages/Auth';
import { UnikPage } from './pages/UnikPage';
import { PublishPage } from './publish/PublishPage';
import { navigate, useRoute } from './router';
import { SessionContext, type Session } from './session';
import { languages, setLanguage, t } from './strings';
import { Link } from './ui/parts';

export function App() {
  const http = useMemo(() => new Http('/api/v1', new LocalTokenStore()), []);
  const platform = useMemo(() => new Platform(http), [http]);
  const route = useRoute();
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);
  const [lang, setLang] = useState(() => localStorage.getItem('universo.lang') ?? 'en');
  setLanguage(lang);

  useEffect(() => {
    http.onExpired = () => {
      setUser(null);
      setExpired(true);
      navigate({ name: 'signin' });
    };
    if (http.signedIn) {
      platform.me().then(setUser).catch(() => undefined);
    }
  }, [http, platform]);

  const session: Session = {
    platform,
    user,
    signedIn(u, tokens) {
      http.tokens.set({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      setUser(u);
      setExpired(false);
    },
    async signOut() {
      await platform.logout().catch(() => undefined);
      http.tokens.clear();
      setUser(null);
      navigate({ name: 'signin' });
    },
  };

  const open = route.name === 'signin' || route.name === 'signup';
  let page;
  if (!http.signedIn && !open) {
    page = <SignIn expired={expired} />;
  } else {
    switch (route.name) {
      case 'signin': page = <SignIn expired={expired} />; break;
      case 'signup': page = <SignUp />; break;
      case 'home': page = <Home />; break;
      case 'metaverse': page = <MetaversePage id={route.id} />; break;
      case 'unik': page = <UnikPage id={route.id} />; break;
      case 'space': page = <SpaceEditor unikId={route.unikId} spaceId={route.spaceId} />; break;
      case 'publish': page = <PublishPage unikId={route.unikId} spaceId={route.spaceId} />; break;
      default: page = <main><p>{t('notFound')}</p><Link to={{ name: 'home' }}>{t('back')}</Link></main>;
    }
  }
  return (
    <SessionContext.Provider value={session}>
      <header className="top">
        <Link to={{ name: 'home' }} className="brand">{t('appName')}</Link>
        <span className="spacer" />
        <label htmlFor="lang" className="visually-hidden">{t('language')}</label>
        <select id="lang" value={lang} onChange={(e) => {
          localStorage.setItem('universo.lang', e.target.value);
          setLang(e.target.value);
        }}>
          {languages().map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
        {http.signedIn && (
          <>
            <span className="user" data-testid="user">{user?.displayName ?? user?.email ?? ''}</span>
            <button type="button" onClick={() => void session.signOut()}>{t('signOut')}</button>
          </>
        )}
      </header>
      {page}
    </SessionContext.Provider>
  );
}
