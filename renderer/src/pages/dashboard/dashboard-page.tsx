import { NotBuiltPage } from '../not-built-page';

export default function DashboardPage() {
  return (
    <NotBuiltPage
      title="Dashboard"
      about="What needs your attention before a one-to-one: stalled candidates, reviews due, deadlines."
    />
  );
}
