import { lazy, Suspense, type ReactNode } from 'react';
import { useChannel } from '../api/hooks';
import { Loading } from '../components/page';

const UnlockScreen = lazy(() => import('./unlock-screen'));

/** An encrypted workbench shows nothing but this screen until the passphrase is given. */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useChannel('system:status', {});
  if (status.isPending) return <Loading />;
  if (status.data?.locked)
    return (
      <Suspense fallback={<Loading />}>
        <UnlockScreen />
      </Suspense>
    );
  return <>{children}</>;
}
