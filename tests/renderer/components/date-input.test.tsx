import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '../../../renderer/src/components/form-resolver';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { DateInput } from '../../../renderer/src/components/date-input';
import { Field } from '../../../renderer/src/components/field';
import { isoDate } from '../../../shared/domains/common';

const schema = z.object({ dueOn: isoDate.nullable() });

function Form({ onSave, initial = null }: { onSave: (v: z.infer<typeof schema>) => void; initial?: string | null }) {
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema), defaultValues: { dueOn: initial } });
  return (
    <form onSubmit={handleSubmit(onSave)} noValidate>
      <Field label="Due date" error={formState.errors.dueOn}>
        {(ids) => <DateInput {...register('dueOn', { setValueAs: (v) => (v === '' ? null : v) })} id={ids.id} calendarLabel="Due date" />}
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

describe('DateInput', () => {
  it('takes dd/mm/yyyy from a react-hook-form form and gives the form ISO', async () => {
    const onSave = vi.fn();
    render(<Form onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Due date'), '05/03/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ dueOn: '2027-03-05' }, expect.anything());
  });

  it('shows a stored ISO date as dd/mm/yyyy and tidies 5/3/2027 on leaving the field', async () => {
    render(<Form onSave={vi.fn()} initial="2026-11-30" />);
    const input = screen.getByLabelText('Due date');
    expect(input).toHaveValue('30/11/2026');
    await userEvent.clear(input);
    await userEvent.type(input, '5/3/2027');
    await userEvent.tab();
    expect(input).toHaveValue('05/03/2027');
  });

  it('a date that is not one is a field error in words, and nothing is saved', async () => {
    const onSave = vi.fn();
    render(<Form onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Due date'), '31/02/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Due date must be a date (dd/mm/yyyy)')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('works as a controlled input: onChange gives ISO, a new value is shown', async () => {
    const seen: string[] = [];
    function Controlled() {
      const [date, setDate] = useState('2026-11-23');
      return (
        <>
          <label htmlFor="d">Date</label>
          <DateInput id="d" value={date} onChange={(e) => { seen.push(e.target.value); setDate(e.target.value); }} />
          <button type="button" onClick={() => setDate('2026-12-01')}>Reset</button>
        </>
      );
    }
    render(<Controlled />);
    const input = screen.getByLabelText('Date');
    expect(input).toHaveValue('23/11/2026');
    await userEvent.clear(input);
    await userEvent.type(input, '01/02/2027');
    expect(seen.at(-1)).toBe('2027-02-01');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(input).toHaveValue('01/12/2026');
    expect(screen.getByRole('button', { name: 'Open calendar' })).toBeInTheDocument();
  });
});
