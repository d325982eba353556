import { zodResolver } from '../../components/form-resolver';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { agreementContent, SCHEMES, SCHEME_LABELS, type AgreementContent, type Scheme, type Template } from '../../../../shared/domains/agreements';
import { useChannel, useCommand } from '../../api/hooks';
import { ErrorMessage } from '../../components/page';
import { useToast } from '../../components/toasts';
import { ContentFields } from './content-form';
import { controlProps, Field } from '../../components/field';
import { Dialog } from '../../components/dialog';
import { DialogActions } from '../../components/dialog-actions';

// Templates carry no dates or hours; placeholders satisfy the shared schema so one form serves both.
const PLACEHOLDER = { startDate: '2000-01-01', endDate: '2000-01-01', gatewayDate: null, hoursPerWeek: 0 };

function TemplateForm({ template }: { template: Template }) {
  const save = useCommand('agreements:saveTemplate');
  const reset = useCommand('agreements:resetTemplate');
  const toast = useToast();
  const [weeks, setWeeks] = useState(String(template.durationWeeks));
  const [confirmReset, setConfirmReset] = useState(false);
  const form = useForm<AgreementContent>({ resolver: zodResolver(agreementContent), defaultValues: { ...template.content, ...PLACEHOLDER } });
  useEffect(() => form.reset({ ...template.content, ...PLACEHOLDER }), [template, form]);
  const submit = form.handleSubmit(async ({ startDate: _s, endDate: _e, gatewayDate: _g, hoursPerWeek: _h, ...content }) => {
    await save.mutateAsync({ scheme: template.scheme, durationWeeks: Number(weeks), content });
    toast.show(`${template.label} template saved.`);
  });
  return (
    <>
      <form noValidate onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label={`${template.label} template`}>
        <p>{template.customised ? 'You have changed this template.' : 'This is the template as shipped.'}</p>
        <Field label="Usual length (weeks)" error={save.error?.field === 'durationWeeks' ? save.error.message : undefined}>
          {(ids) => <input type="number" min="1" max="260" value={weeks} onChange={(e) => setWeeks(e.target.value)} {...controlProps(ids)} />}
        </Field>
        <ContentFields form={form} guidance={template.guidance} readOnly={false} scheme={template.scheme} withDates={false} />
        <ErrorMessage error={save.error ?? reset.error} />
        <div className="page-actions">
          <button type="submit" className="primary">
            Save template
          </button>
          {template.customised && (
            <button type="button" onClick={() => setConfirmReset(true)}>
              Reset to shipped template
            </button>
          )}
        </div>
      </form>
      {confirmReset && (
        // The app's own confirmation: a reset replaces the manager's wording and has no undo.
        <Dialog title="Put back the shipped template?" description={`Your changes to the ${template.label} template will be lost.`} onClose={() => setConfirmReset(false)}>
          <DialogActions
            onCancel={() => setConfirmReset(false)}
            focusCancel
            label="Reset template"
            tone="danger"
            busy={reset.isPending}
            onConfirm={() =>
              void reset.mutateAsync({ scheme: template.scheme }).then(
                () => {
                  setConfirmReset(false);
                  toast.show(`${template.label} template reset to the shipped wording.`);
                },
                () => setConfirmReset(false),
              )
            }
          />
        </Dialog>
      )}
    </>
  );
}

/** Templates are data: the manager can change the wording new agreements start from. */
export function TemplateEditor() {
  const templates = useChannel('agreements:templates', {});
  const [scheme, setScheme] = useState<Scheme | ''>('');
  const chosen = templates.data?.find((t) => t.scheme === scheme);
  return (
    <div>
      <h3>Agreement templates</h3>
      <ErrorMessage error={templates.error} />
      <label className="field">
        Template to edit
        <select value={scheme} onChange={(e) => setScheme(e.target.value as Scheme | '')}>
          <option value="">Choose a scheme…</option>
          {SCHEMES.map((s) => (
            <option key={s} value={s}>
              {SCHEME_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {chosen && <TemplateForm template={chosen} />}
    </div>
  );
}
