import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../renderer/src/api/client';
import { zodResolver } from '../../../renderer/src/components/form-resolver';
import { controlProps, Field, fieldErrorText, formFieldOf, serverFieldError } from '../../../renderer/src/components/field';
import { errorSentence } from '../../../renderer/src/components/page';

const heldTooEarly = {
  code: 'VALIDATION',
  key: 'stated',
  field: 'changes.heldOn',
  params: { rule: 'cannot be before the last meeting (02/11/2026)' },
  message: 'Date held cannot be before the last meeting (02/11/2026)',
};

describe('a field words its error from data, with its own label', () => {
  it('a server error names the field in the words of the form that shows it', () => {
    const error = new ApiError(heldTooEarly);
    expect(formFieldOf(error)).toBe('heldOn');
    render(
      <Field label="Held on" error={serverFieldError(error)}>
        {(ids) => <input {...controlProps(ids)} />}
      </Field>,
    );
    expect(screen.getByLabelText('Held on')).toHaveAccessibleDescription('Held on cannot be before the last meeting (02/11/2026)');
    // Away from a form (a banner, a toast) the field's usual words are used.
    expect(errorSentence(error)).toBe('Date held cannot be before the last meeting (02/11/2026)');
  });

  it('keys are worded by the one function: limits from params, UK grouping', () => {
    const error = new ApiError({ code: 'VALIDATION', key: 'tooLong', field: 'notes', params: { max: 2000 }, message: 'Notes must be at most 2,000 characters' });
    expect(fieldErrorText('Meeting notes', serverFieldError(error))).toBe('Meeting notes must be at most 2,000 characters');
  });

  it('an answer in the old shape (no key) is shown as the sentence it is', () => {
    const error = new ApiError({ code: 'CONFLICT', message: 'The next one-to-one is already scheduled.', field: 'id' });
    expect(error.key).toBe('stated');
    expect(errorSentence(error)).toBe('The next one-to-one is already scheduled.');
  });

  it('a form’s own zod check is worded with the label on screen, the schema’s rule included', async () => {
    const schema = z.object({ title: z.string().trim().min(1, 'is required'), hours: z.number().max(24, 'must be at most 24 hours for one entry') });
    function Probe() {
      const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { title: '', hours: 30 } });
      return (
        <form onSubmit={handleSubmit(() => undefined)}>
          <Field label="What was it?" error={formState.errors.title}>
            {(ids) => <input {...register('title')} {...controlProps(ids)} />}
          </Field>
          <Field label="Hours each" error={formState.errors.hours}>
            {(ids) => <input type="number" {...register('hours', { valueAsNumber: true })} {...controlProps(ids)} />}
          </Field>
          <button type="submit">Save</button>
        </form>
      );
    }
    render(<Probe />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('What was it? is required')).toBeInTheDocument();
    expect(screen.getByText('Hours each must be at most 24 hours for one entry')).toBeInTheDocument();
  });
});
