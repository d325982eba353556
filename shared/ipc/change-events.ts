/** Events main pushes after a command succeeds, one per domain. Kept free of zod: the preload bundles it. */
export type ChangeEvent = `${string}:changed`;
export const isChangeEvent = (name: string): name is ChangeEvent => /^[a-zA-Z]+:changed$/.test(name);
