import type { UseFormReturn } from 'react-hook-form';
import type { AgreementContent, Version } from '../../../../shared/domains/agreements';
import { useDraft } from '../../components/use-draft';

/**
 * Keeps everything typed into a draft version (every section, the aims, the contacts and their
 * visits, dates and hours) as one draft, `agreement:<versionId>:content`, while it is typed.
 * One draft for the whole form, not one per section: the sections are saved together by
 * "Save draft", and restoring them together cannot leave the form half old and half new.
 * Only a form that differs from the saved version is written; a clean form discards the draft.
 */
export function useContentDraft(form: UseFormReturn<AgreementContent>, version: Version | undefined, editable: boolean, memberId: number) {
  const saved = version ? JSON.stringify(version.content) : '';
  const values = form.watch();
  const dirty = form.formState.isDirty;
  return useDraft({
    key: version && editable ? `agreement:${version.id}:content` : null,
    memberId,
    saved,
    value: dirty ? JSON.stringify(values) : saved,
    onRestore: (body) => {
      if (!version) return;
      try {
        const draft = JSON.parse(body) as Partial<AgreementContent>;
        // Against the saved version, so the form shows as changed and "Save draft" is what keeps it.
        form.reset({ ...version.content, ...draft }, { keepDefaultValues: true });
      } catch {
        // A draft that is not the form's shape is ignored: the saved version stays as it is.
      }
    },
  });
}
