import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { href, navigate, type Route } from '../router';
import { t } from '../strings';
import { asApiError } from './hooks';

export function Link({ to, children, className }: { to: Route; children: ReactNode; className?: string }) {
  return (
    <a
      href={href(to)}
      className={className}
      onClick={(e) => {
        if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
          e.preventDefault();
          navigate(to);
        }
      }}
    >
      {children}
    </a>
  );
}

/** An API error as the user should see it: message, field errors, and the trace id to quote to an operator. */
export function ErrorBox({ error }: { error: ApiError | null }) {
  if (!error) {
    return null;
  }
  return (
    <div className="error" role="alert">
      <strong>{error.message}</strong>
      {error.fieldErrors().length > 0 && (
        <ul>
          {error.fieldErrors().map((f) => (
            <li key={f.pointer + f.message}>
              <code>{f.pointer}</code> {f.message}
            </li>
          ))}
        </ul>
      )}
      {error.body.traceId && <small> (trace {error.body.traceId})</small>}
    </div>
  );
}

export function Field(props: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
  required?: boolean;
  autoComplete?: string;
}) {
  const id = 'f-' + props.name;
  return (
    <label htmlFor={id} className="field">
      <span>{props.label}</span>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autoComplete}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** A form that shows its own busy state and error, and calls {@code submit}. */
export function Form(props: { submit: () => Promise<void>; children: ReactNode; label: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.submit();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={onSubmit} className={props.className ?? 'form'} aria-busy={busy}>
      {props.children}
      <button type="submit" disabled={busy}>
        {props.label}
      </button>
      <ErrorBox error={error} />
    </form>
  );
}

export function Loading() {
  return <p className="muted">{t('loading')}</p>;
}

/** A button running an API call; its error shows next to it instead of being lost. */
export function Action(props: { label: string; run: () => Promise<void>; disabled?: boolean; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <span className="action">
      <button type="button" className={props.className} disabled={busy || props.disabled} onClick={async () => {
        setBusy(true);
        setError(null);
        try {
          await props.run();
        } catch (e) {
          setError(asApiError(e));
        } finally {
          setBusy(false);
        }
      }}>{props.label}</button>
      <ErrorBox error={error} />
    </span>
  );
}

export type Visibility = 'public' | 'private';

/** Public or private, for metaverses and publications. */
export function VisibilityField(props: { id: string; value: Visibility; onChange: (v: Visibility) => void }) {
  return (
    <label className="field" htmlFor={props.id}>
      <span>{t('visibility')}</span>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as Visibility)}>
        <option value="private">{t('private')}</option>
        <option value="public">{t('public')}</option>
      </select>
    </label>
  );
}
