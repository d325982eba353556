import { zodResolver } from '../../components/form-resolver';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  agreementContent,
  CONTACT_SIGNERS,
  requiredSigners,
  SIGNER_ROLE_LABELS,
  type AgreementContent,
  type AgreementDetail,
  type SignerRole,
} from '../../../../shared/domains/agreements';
import { formatUkDate } from '../../../../shared/dates';
import { ApiError, invoke } from '../../api/client';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { DraftNote } from '../../components/form-draft';
import { UnsavedGuard } from '../../components/unsaved-guard';
import { saveFile } from '../../download';
import { BackToDraftDialog } from './back-to-draft-dialog';
import { CompletenessPanel } from './completeness-panel';
import { ContentFields } from './content-form';
import { useContentDraft } from './content-draft';
import { DiffView } from './diff-view';
import { SignDialog } from './sign-dialog';
import { STATUS_LABELS } from './labels';
import { serverFieldError } from '../../components/field';

/** The agreement itself: versions, completeness check, editing a draft, signatures, exports and the diff. */
export function EditorTab({ agreement }: { agreement: AgreementDetail }) {
  const latest = agreement.versions[agreement.versions.length - 1];
  const [selected, setSelected] = useState<number | null>(null);
  const version = agreement.versions.find((v) => v.number === selected) ?? latest;
  const templates = useChannel('agreements:templates', {});
  const guidance = templates.data?.find((t) => t.scheme === agreement.scheme)?.guidance ?? {};
  const save = useCommand('agreements:updateDraft');
  const ready = useCommand('agreements:markReady');
  const newVersion = useCommand('agreements:newVersion');
  const [signing, setSigning] = useState<SignerRole | null>(null);
  const [returning, setReturning] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const toast = useToast();
  const form = useForm<AgreementContent>({ resolver: zodResolver(agreementContent), defaultValues: version?.content, mode: 'onTouched' });
  const versionKey = `${version?.id}:${version?.status}`;
  useEffect(() => {
    if (version) form.reset(version.content);
    // Only a different version (or a status change) replaces what is in the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [versionKey]);
  const isLatest = version?.id === latest?.id;
  const editable = isLatest && version?.status === 'draft';
  const draft = useContentDraft(form, version, editable, agreement.memberId);
  if (!version || !latest) return null;

  const previous = agreement.versions.find((v) => v.number === version.number - 1);

  const submit = form.handleSubmit(
    async (content) => {
      try {
        const saved = await save.mutateAsync({ versionId: version.id, content });
        // What was saved becomes the form's new baseline, so "Mark ready" is enabled again.
        form.reset(saved.versions.find((v) => v.id === version.id)?.content ?? content);
        await draft.discard();
        toast.show(`Version ${version.number} saved.`);
      } catch (error) {
        if (error instanceof ApiError && error.field?.startsWith('content.')) {
          form.setError(error.field.slice(8) as keyof AgreementContent, serverFieldError(error));
        }
      }
    },
    (invalid) => {
      const first = Object.keys(invalid)[0] as keyof AgreementContent | undefined;
      if (first) form.setFocus(first);
    },
  );

  const download = async (format: 'docx' | 'pdf') => {
    setExportError(null);
    try {
      saveFile(await invoke('agreements:export', { versionId: version.id, format }));
    } catch (error) {
      setExportError(error);
    }
  };

  const defaultName = (role: SignerRole) => {
    if (role === 'trainee') return agreement.memberName;
    const contactRole = CONTACT_SIGNERS[role];
    return contactRole ? (version.content.contacts.find((c) => c.role === contactRole && c.name.trim() !== '')?.name ?? '') : '';
  };

  return (
    <>
      <UnsavedGuard when={editable && form.formState.isDirty} what="Changes to this agreement" plural draftKept />
      <nav aria-label="Versions" className="agreement-versions">
        <h2 className="visually-hidden">Versions</h2>
        <ul>
          {agreement.versions.map((v) => (
            <li key={v.id}>
              <button type="button" aria-pressed={v.id === version.id} onClick={() => setSelected(v.number)}>
                Version {v.number}: {STATUS_LABELS[v.status]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorMessage error={save.error && !save.error.field?.startsWith('content.') ? save.error : null} />
      <ErrorMessage error={ready.error ?? newVersion.error ?? exportError} />
      {isLatest && version.status === 'draft' && <CompletenessPanel completeness={agreement.completeness} />}
      <section className="card" aria-labelledby="version-heading">
        <h2 id="version-heading">
          Version {version.number} <span className={`badge status-${version.status}`}>{STATUS_LABELS[version.status]}</span>
        </h2>
        {version.status === 'signed' && (
          <p className="info-banner">
            Signed by everyone on {formatUkDate(version.signatures.map((x) => x.signedOn).sort().pop())}: this version is read-only. To change the agreement, start a new version.
          </p>
        )}
        {version.status !== 'draft' && (
          <ul className="agreement-signatures" aria-label="Signatures">
            {requiredSigners(agreement.scheme, version.content.contacts).map((role) => {
              const s = version.signatures.find((x) => x.role === role);
              return (
                <li key={role}>
                  {SIGNER_ROLE_LABELS[role]}: {s ? `signed by ${s.name} on ${formatUkDate(s.signedOn)}` : 'not signed yet'}
                  {!s && version.status === 'ready' && (
                    <button type="button" onClick={() => setSigning(role)}>
                      Record {SIGNER_ROLE_LABELS[role].toLowerCase()} signature
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div className="page-actions">
          {editable && (
            <button type="button" onClick={() => void ready.mutateAsync({ versionId: version.id }).catch(() => undefined)} disabled={form.formState.isDirty}>
              Mark ready for signature
            </button>
          )}
          {isLatest && version.status === 'ready' && (
            <button type="button" onClick={() => setReturning(true)}>
              Back to draft
            </button>
          )}
          {isLatest && version.status === 'signed' && (
            <button type="button" className="primary" onClick={() => void newVersion.mutateAsync({ agreementId: agreement.id }).then(() => setSelected(null)).catch(() => undefined)}>
              Make a change (new version)
            </button>
          )}
          <button type="button" onClick={() => void download('docx')}>
            Export Word (.docx)
          </button>
          <button type="button" onClick={() => void download('pdf')}>
            Export PDF
          </button>
        </div>
        {editable && form.formState.isDirty && <p className="muted">Save the draft before marking it ready.</p>}
        {version.returns.length > 0 && (
          <div className="agreement-returns">
            <h3>Returned to draft</h3>
            <ul>
              {version.returns.map((r) => (
                <li key={r.returnedAt}>
                  {formatUkDate(r.returnedAt.slice(0, 10))}: {r.reason}
                  {r.setAside.length > 0 &&
                    ` (signatures set aside: ${r.setAside.map((x) => `${SIGNER_ROLE_LABELS[x.role].toLowerCase()} ${x.name}, ${formatUkDate(x.signedOn)}`).join('; ')})`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {previous && <DiffView previous={previous} current={version} />}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Version ${version.number} content`}>
        <ContentFields form={form} guidance={guidance} readOnly={!editable} scheme={agreement.scheme} />
        {editable && (
          <div className="page-actions agreement-save">
            <DraftNote statuses={[draft.status]} onDiscard={() => void draft.discard().then(() => form.reset(version.content))} />
            <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
              Save draft
            </button>
          </div>
        )}
      </form>
      {signing && (
        <SignDialog
          versionId={version.id}
          versionNumber={version.number}
          role={signing}
          defaultName={defaultName(signing)}
          contacts={version.content.contacts}
          today={agreement.today}
          onClose={() => setSigning(null)}
        />
      )}
      {returning && (
        <BackToDraftDialog versionId={version.id} versionNumber={version.number} signatures={version.signatures} memberId={agreement.memberId} onClose={() => setReturning(false)} />
      )}
    </>
  );
}
