import type { Completeness } from '../../../../shared/domains/agreements';

/** The check that must pass before a draft can be marked ready for signature. */
export function CompletenessPanel({ completeness }: { completeness: Completeness }) {
  const { missing, warnings } = completeness;
  return (
    <section className="card" aria-labelledby="completeness-heading" aria-live="polite">
      <h2 id="completeness-heading">Completeness check</h2>
      {missing.length === 0 ? (
        <p className="success-banner">Complete: every section is filled in. You can mark it ready for signature.</p>
      ) : (
        <>
          <p className="error-banner">
            Not ready for signature: {missing.length} {missing.length === 1 ? 'section is' : 'sections are'} missing.
          </p>
          <ul aria-label="Missing sections">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Warning: signs of cheap labour</h3>
          <ul aria-label="Warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
