import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastApi {
  show: (message: string, action?: Toast['action']) => void;
}

interface ToastState {
  toasts: Toast[];
  dismiss: (id: number) => void;
  dock: () => () => void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });
const ToastStateContext = createContext<ToastState>({ toasts: [], dismiss: () => undefined, dock: () => () => undefined });
export const useToast = () => useContext(ToastContext);

let nextId = 1;

function ToastList({ toasts, dismiss, className }: { toasts: Toast[]; dismiss: (id: number) => void; className: string }) {
  return (
    <div className={className} role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                t.action?.run();
                dismiss(t.id);
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="link-button" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * Status messages in a polite live region; an optional action (Undo) stays until dismissed or used.
 * Inside the app they sit in the sidebar's foot (ToastDock), so no message covers a table
 * column or a button; screens without the sidebar (onboarding, unlock) show them in a corner.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [docks, setDocks] = useState(0);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (message: string, action?: Toast['action']) => {
      const id = nextId++;
      setToasts((t) => [...t.slice(-2), { id, message, action }]);
      if (!action) setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const dock = useCallback(() => {
    setDocks((n) => n + 1);
    return () => setDocks((n) => n - 1);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  const state = useMemo(() => ({ toasts, dismiss, dock }), [toasts, dismiss, dock]);
  return (
    <ToastContext.Provider value={api}>
      <ToastStateContext.Provider value={state}>
        {children}
        {docks === 0 && <ToastList toasts={toasts} dismiss={dismiss} className="toasts" />}
      </ToastStateContext.Provider>
    </ToastContext.Provider>
  );
}

/** Where the app shell shows messages: in flow at the foot of the sidebar, covering nothing. */
export function ToastDock() {
  const { toasts, dismiss, dock } = useContext(ToastStateContext);
  useEffect(() => dock(), [dock]);
  return <ToastList toasts={toasts} dismiss={dismiss} className="toasts toasts-docked" />;
}
