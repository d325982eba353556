import { Link } from 'react-router-dom';
import { EmptyState, Page } from '../components/page';

/** Sections that are planned but not built yet say so plainly instead of showing an empty screen. */
export function NotBuiltPage({ title, about }: { title: string; about: string }) {
  return (
    <Page title={title}>
      <EmptyState title="Not built yet">
        <p>{about}</p>
        <p>
          This part of the workbench is planned and not available in this version. Your team is managed on the{' '}
          <Link to="/team">Team</Link> page.
        </p>
      </EmptyState>
    </Page>
  );
}
