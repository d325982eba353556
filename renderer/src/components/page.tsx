import { useEffect, useRef, type ReactNode } from 'react';
import { wordError } from '../../../shared/error-words';
import { ApiError } from '../api/client';

/** Every screen has one h1 that takes focus on arrival, so screen readers announce the new page. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Staff Development Workbench`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A failed call's sentence: an ApiError is worded from its data (shared/errors.ts `wordError`). */
export const errorSentence = (error: unknown): string =>
  error instanceof ApiError ? wordError(error.data) : error instanceof Error ? error.message : String(error);

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="error-banner">
      {errorSentence(error)}
    </p>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
