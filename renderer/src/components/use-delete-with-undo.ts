import { errorSentence } from './page';
import { useToast } from './toasts';

/** Delete now, with "Undo" in the toast putting the record back as it was (activities, agreement logs and visits, evidence). */
export function useDeleteWithUndo<T>(remove: (id: number) => Promise<T>, restore: (gone: T) => Promise<unknown>) {
  const toast = useToast();
  return (id: number, what: string) =>
    remove(id).then(
      (gone) =>
        toast.show(`${what} deleted.`, {
          label: 'Undo',
          run: () =>
            void restore(gone).then(
              () => toast.show(`${what} restored.`),
              (error: unknown) => toast.show(error instanceof Error ? errorSentence(error) : `${what} could not be restored.`),
            ),
        }),
      (error: unknown) => toast.show(error instanceof Error ? errorSentence(error) : `${what} could not be deleted.`),
    );
}
