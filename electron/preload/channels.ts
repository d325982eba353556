/** The two Electron IPC channels the preload uses; contract channel names travel inside them. */
export const INVOKE_CHANNEL = 'workbench:invoke';
export const EVENT_CHANNEL = 'workbench:event';
