import { countWords } from '../../../../shared/word-count';

/**
 * Live word count under a text area. The count itself is not announced on every
 * keystroke; crossing the limit is (role="alert"), so screen-reader users hear what matters.
 */
export function WordCount({ id, text, limit, label = 'words' }: { id: string; text: string; limit: number; label?: string }) {
  const words = countWords(text);
  const over = words > limit;
  return (
    <>
      <p id={id} className={over ? 'word-count word-count-over' : 'word-count'}>
        {words.toLocaleString('en-GB')} of {limit.toLocaleString('en-GB')} {label}
        {over ? ` — ${words - limit} over the limit` : ''}
      </p>
      {over && (
        <p role="alert" className="field-error">
          Over the {limit}-word limit by {words - limit}.
        </p>
      )}
    </>
  );
}
