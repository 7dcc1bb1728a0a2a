import { createContext, useContext } from 'react';
import type { Platform } from './api/platform';
import type { User } from './api/types';

export interface Session {
  platform: Platform;
  user: User | null;
  signedIn(user: User, tokens: { accessToken: string; refreshToken: string }): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) {
    throw new Error('no session');
  }
  return s;
}

export function usePlatform(): Platform {
  return useSession().platform;
}
