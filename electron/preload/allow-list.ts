/**
 * The contract's channel names: the preload's allow-list. Tests import this file as written; the
 * production build replaces it with the bare list of names (electron.vite.config.ts,
 * `preloadAllowList`), so the preload does not bundle zod and every schema just to learn names.
 */
export { CHANNELS } from '../../shared/ipc/contract';
