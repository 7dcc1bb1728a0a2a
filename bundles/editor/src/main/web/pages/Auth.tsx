import { useState } from 'react';
import { navigate } from '../router';
import { useSession } from '../session';
import { t } from '../strings';
import { Field, Form, Link } from '../ui/parts';

export function SignIn({ expired }: { expired: boolean }) {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <main className="auth">
      <h1>{t('signIn')}</h1>
      {expired && <p className="notice" role="status">{t('sessionExpired')}</p>}
      <Form
        label={t('signIn')}
        submit={async () => {
          const pair = await session.platform.login(email, password);
          session.signedIn(pair.user, pair);
          navigate({ name: 'home' }, true);
        }}
      >
        <Field label={t('email')} name="email" type="email" value={email} onChange={setEmail} required autoComplete="username" />
        <Field label={t('password')} name="password" type="password" value={password} onChange={setPassword} required
          autoComplete="current-password" />
      </Form>
      <p>
        {t('noAccount')} <Link to={{ name: 'signup' }}>{t('signUp')}</Link>
      </p>
    </main>
  );
}

export function SignUp() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  return (
    <main className="auth">
      <h1>{t('signUp')}</h1>
      <Form
        label={t('signUp')}
        submit={async () => {
          const pair = await session.platform.register(email, password, displayName || undefined);
          session.signedIn(pair.user, pair);
          navigate({ name: 'home' }, true);
        }}
      >
        <Field label={t('email')} name="email" type="email" value={email} onChange={setEmail} required autoComplete="username" />
        <Field label={t('displayName')} name="displayName" value={displayName} onChange={setDisplayName} />
        <Field label={t('password')} name="password" type="password" value={password} onChange={setPassword} required
          autoComplete="new-password" />
      </Form>
      <p>
        {t('haveAccount')} <Link to={{ name: 'signin' }}>{t('signIn')}</Link>
      </p>
    </main>
  );
}
