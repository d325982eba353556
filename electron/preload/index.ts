/**
 * The renderer's only door to the main process: `invoke` for contract channels
 * and `on` for `<domain>:changed` pushes. Nothing else is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChangeEvent } from '../../shared/ipc/change-events';
import { CHANNELS } from './allow-list';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

const allowed = new Set<string>(CHANNELS);

const api = {
  invoke: (channel: string, input: unknown): Promise<unknown> => {
    if (!allowed.has(channel)) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', key: 'unknownChannel', params: { channel }, message: `Unknown channel: ${channel}` } });
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  on: (event: string, listener: () => void): (() => void) => {
    if (!isChangeEvent(event)) throw new Error(`Not a change event: ${event}`);
    const handler = (_e: unknown, name: unknown) => {
      if (name === event) listener();
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

export type WorkbenchBridge = typeof api;
contextBridge.exposeInMainWorld('workbench', api);
