import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MentionText } from '../../../renderer/src/pages/privacy/mention-text';

describe('a mention shown for review', () => {
  it('marks "Sam Hill" as a whole word only, never inside "Sam Hillier"', () => {
    const { container } = render(<MentionText mention={{ text: 'Sam Hillier leads the stock team; Sam Hill covers Saturdays.', matches: ['Sam Hill'] }} />);
    expect(Array.from(container.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['Sam Hill']);
    expect(container.textContent).toBe('Sam Hillier leads the stock team; Sam Hill covers Saturdays.');
  });

  it('marks each spelling the search found (Siân ap Dŵr, SIAN)', () => {
    const { container } = render(<MentionText mention={{ text: 'Siân ap Dŵr mentors me. SIAN is great. Siani is not her.', matches: ['Siân ap Dŵr', 'SIAN'] }} />);
    expect(Array.from(container.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['Siân ap Dŵr', 'SIAN']);
  });
});
